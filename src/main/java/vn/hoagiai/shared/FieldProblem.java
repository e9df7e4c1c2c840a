package vn.hoagiai.shared;

import java.util.List;

/**
 * One problem with one input field: a message key and its arguments.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

	public FieldProblem {
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	public static FieldProblem of(String field, String messageKey, Object... args) {
		return new FieldProblem(field, messageKey, List.of(args));
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
