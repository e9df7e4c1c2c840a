package vn.hoagiai.mediators.imports;

import java.util.List;

/**
 * One problem in an uploaded list: the sheet row (1-based, as Excel shows it), the
 * column, and a message key with its arguments.
 */
public record ImportProblem(int row, MediatorColumn column, String messageKey, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem of(int row, MediatorColumn column, String messageKey, Object... args) {
		return new ImportProblem(row, column, messageKey, List.of(args));
	}

}
