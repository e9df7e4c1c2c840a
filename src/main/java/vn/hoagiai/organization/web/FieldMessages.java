package vn.hoagiai.organization.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * Error messages of one form, by field, already in the user's language; {@code ""} holds
 * errors that concern no single field.
 */
final class FieldMessages {

	static final String GLOBAL = "";

	private final Map<String, String> messages = new LinkedHashMap<>();

	private final MessageSource source;

	private final Locale locale;

	FieldMessages(MessageSource source, Locale locale) {
		this.source = source;
		this.locale = locale;
	}

	FieldMessages add(BindingResult result) {
		for (ObjectError error : result.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : GLOBAL;
			this.messages.putIfAbsent(field, this.source.getMessage(error, this.locale));
		}
		return this;
	}

	FieldMessages add(BusinessRuleViolation violation, Map<String, String> fieldAliases) {
		String field = (violation.field() != null) ? violation.field() : GLOBAL;
		for (Map.Entry<String, String> alias : fieldAliases.entrySet()) {
			if (field.startsWith(alias.getKey())) {
				field = alias.getValue();
			}
		}
		this.messages.putIfAbsent(field,
				this.source.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), this.locale));
		return this;
	}

	FieldMessages add(String field, String key) {
		this.messages.putIfAbsent(field, this.source.getMessage(key, null, key, this.locale));
		return this;
	}

	boolean isEmpty() {
		return this.messages.isEmpty();
	}

	Map<String, String> asMap() {
		return this.messages;
	}

}
