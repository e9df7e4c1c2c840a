package vn.hoagiai.plans;

/**
 * How the plan says when a task is carried out: "Năm 2024 - 2026", "Hàng năm", "Tối thiểu
 * 05 năm 01 lần", or one phase of the plan.
 */
public enum TimeFrameKind {

	YEAR_RANGE, EVERY_YEAR, EVERY_N_YEARS, PHASE

}
