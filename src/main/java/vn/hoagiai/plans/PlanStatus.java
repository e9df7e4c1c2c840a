package vn.hoagiai.plans;

/**
 * Where a plan stands: drafted, in force, its period over, or withdrawn (with a reason,
 * never deleted).
 */
public enum PlanStatus {

	DRAFT, IN_FORCE, ENDED, WITHDRAWN

}
