package vn.hoagiai.identity;

import java.util.List;

import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * A chosen password breaks the {@code PasswordPolicy}; carries every reason as a message
 * key, for the form field it concerns.
 */
public class PasswordRefused extends BusinessRuleViolation {

	private final String field;

	private final List<String> reasons;

	public PasswordRefused(String field, List<String> reasons) {
		super(reasons.get(0));
		this.field = field;
		this.reasons = List.copyOf(reasons);
	}

	@Override
	public String field() {
		return this.field;
	}

	/** Message keys, one per broken rule. */
	public List<String> reasons() {
		return this.reasons;
	}

}
