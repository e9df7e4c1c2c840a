package vn.hoagiai.training.imports;

import java.util.List;

/**
 * One problem of one row and column of an attendance sheet.
 */
public record ImportProblem(int row, AttendanceColumn column, String messageKey, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem of(int row, AttendanceColumn column, String messageKey, Object... args) {
		return new ImportProblem(row, column, messageKey, List.of(args));
	}

}
