package vn.hoagiai.training;

/**
 * Targets 2 and 3 for one commune (or one team): active mediators, how many are trained
 * in the period and how many have used the material set.
 */
public record CommuneProgress(long unitId, String name, long active, long trained, long materialUsers) {

	public Integer trainedPercent() {
		return percent(this.trained);
	}

	public Integer accessPercent() {
		return percent(this.materialUsers);
	}

	private Integer percent(long part) {
		return (this.active == 0) ? null : (int) Math.round(100.0 * part / this.active);
	}

}
