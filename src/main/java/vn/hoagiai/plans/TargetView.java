package vn.hoagiai.plans;

/**
 * A target of a plan as stored: its id and version (for editing), the indicator code that
 * measures it (null when nothing does), description, threshold and the year it is due by
 * (null for the whole period).
 */
public record TargetView(long id, String code, String description, String threshold, Integer byYear, long version) {

	public PlanTarget details() {
		return new PlanTarget(this.code, this.description, this.threshold, this.byYear);
	}

}
