package vn.hoagiai.mediators.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.InvalidInput;

/**
 * Turns the problems of a small action form (dissolve, move, review...) into sentences in
 * the user's language, to show after the redirect back to the record's page.
 */
@Component
class ActionErrors {

	private final MessageSource messages;

	ActionErrors(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(RuntimeException ex, Locale locale) {
		if (ex instanceof InvalidInput invalid) {
			return invalid.problems()
				.stream()
				.map((p) -> this.messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale))
				.toList();
		}
		if (ex instanceof BusinessRuleViolation rule) {
			return List.of(this.messages.getMessage(rule.messageKey(), rule.args(), rule.messageKey(), locale));
		}
		throw ex;
	}

}
