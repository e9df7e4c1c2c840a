package vn.hoagiai.training.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * Puts the service's field problems beside the form's fields.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(InvalidInput ex, BindingResult result) {
		for (FieldProblem problem : ex.problems()) {
			if (isField(result, problem.field())) {
				result.addError(new FieldError(result.getObjectName(), problem.field(), null, false,
						new String[] { problem.messageKey() }, problem.argsArray(), problem.messageKey()));
			}
			else {
				result.reject(problem.messageKey(), problem.argsArray(), problem.messageKey());
			}
		}
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
