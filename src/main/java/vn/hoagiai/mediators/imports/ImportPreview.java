package vn.hoagiai.mediators.imports;

import java.util.List;

/**
 * What an upload would do: the rows read, every problem, and the token that confirms it.
 * Nothing is saved until it is confirmed without problems.
 */
public record ImportPreview(String token, String fileName, int rows, List<ImportRowView> valid,
		List<ImportProblem> problems) {

	public ImportPreview {
		valid = List.copyOf(valid);
		problems = List.copyOf(problems);
	}

	public boolean canConfirm() {
		return this.problems.isEmpty() && this.rows > 0;
	}

}
