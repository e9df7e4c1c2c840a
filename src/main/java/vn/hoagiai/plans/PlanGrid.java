package vn.hoagiai.plans;

import java.util.List;

/** The year × task grid of a plan: one row per task, one cell per plan year. */
public record PlanGrid(long planId, String planTitle, List<Integer> years, List<Row> rows) {

	/**
	 * A task's statuses by year; a null status means the task has no record that year.
	 */
	public record Row(long taskId, String code, String title, List<Cell> cells) {

	}

	public record Cell(int year, YearStatus status, Long taskYearId) {

	}

}
