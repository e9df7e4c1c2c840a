package vn.hoagiai.training.imports;

import java.util.List;

/**
 * What an attendance sheet would record: the rows read, every problem, and the token that
 * confirms it. Nothing is saved until it is confirmed without problems.
 */
public record AttendancePreview(long eventId, String token, int rows, List<Line> valid, List<ImportProblem> problems) {

	public AttendancePreview {
		valid = List.copyOf(valid);
		problems = List.copyOf(problems);
	}

	public boolean canConfirm() {
		return this.problems.isEmpty() && this.rows > 0;
	}

	/** A row that can be recorded. */
	public record Line(int row, String name, String unitName, String role, String status) {
	}

}
