package vn.hoagiai.cases.fees;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * Puts the service's field problems beside the form's fields.
 */
final class FeeFormErrors {

	private FeeFormErrors() {
	}

	static void bind(InvalidInput ex, BindingResult result) {
		for (FieldProblem problem : ex.problems()) {
			result.addError(new FieldError(result.getObjectName(), problem.field(), null, false,
					new String[] { problem.messageKey() }, problem.argsArray(), problem.messageKey()));
		}
	}

}
