package vn.hoagiai.training;

/**
 * When a unit's next good-mediator contest is due: the last year it organised one or took
 * part in one (null when never), the year the next is due by, and whether that is
 * overdue.
 */
public record ContestDue(long unitId, String unitName, Integer lastYear, int dueBy, String status) {

	public boolean overdue() {
		return ContestSchedule.Status.OVERDUE.name().equals(this.status);
	}

	static ContestDue of(long unitId, String unitName, ContestSchedule.Due due) {
		return new ContestDue(unitId, unitName, due.lastYear(), due.dueBy(), due.status().name());
	}

	ContestSchedule.Status statusValue() {
		return ContestSchedule.Status.valueOf(this.status);
	}

}
