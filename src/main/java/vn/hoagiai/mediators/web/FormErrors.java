package vn.hoagiai.mediators.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hoagiai.shared.BusinessRuleViolation;
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
			add(result, problem.field(), problem.messageKey(), problem.argsArray());
		}
	}

	static void bind(BusinessRuleViolation ex, BindingResult result) {
		if (ex.field() != null) {
			add(result, ex.field(), ex.messageKey(), ex.args());
		}
		else {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	private static void add(BindingResult result, String field, String key, Object[] args) {
		result.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { key }, args, key));
	}

}
