package vn.hoagiai.plans.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/** Puts the service's field problems beside the form's fields. */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(InvalidInput ex, BindingResult result) {
		for (FieldProblem problem : ex.problems()) {
			String key = problem.messageKey();
			result.addError(new FieldError(result.getObjectName(), problem.field(), null, false, new String[] { key },
					problem.argsArray(), key));
		}
	}

}
