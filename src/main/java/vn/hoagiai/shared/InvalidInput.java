package vn.hoagiai.shared;

import java.util.List;

/**
 * Input that breaks one or more field rules; nothing was changed. Pages show each problem
 * beside its field; the API answers 422 with the list.
 */
public class InvalidInput extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("Invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
