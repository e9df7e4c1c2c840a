package vn.hoagiai.shared;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain. Carries a message key and its arguments so
 * the edge can show it in the user's language, and optionally the form field it concerns.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] args;

	public BusinessRuleViolation(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	private BusinessRuleViolation(String field, String messageKey, Object... args) {
		super(messageKey + Arrays.toString(args));
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public static BusinessRuleViolation onField(String field, String messageKey, Object... args) {
		return new BusinessRuleViolation(field, messageKey, args);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String field() {
		return this.field;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
