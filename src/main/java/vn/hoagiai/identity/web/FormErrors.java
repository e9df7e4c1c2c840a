package vn.hoagiai.identity.web;

import org.springframework.validation.BindingResult;

import vn.hoagiai.identity.PasswordRefused;
import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * Shows a rule the service refused as an error on the form field it concerns.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, BusinessRuleViolation ex) {
		if (ex instanceof PasswordRefused refused) {
			refused.reasons().forEach((reason) -> result.rejectValue(refused.field(), reason));
		}
		else if (ex.field() != null && result.getFieldType(ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

}
