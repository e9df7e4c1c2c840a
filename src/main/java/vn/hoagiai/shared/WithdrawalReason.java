package vn.hoagiai.shared;

import java.util.List;
import java.util.Optional;

/**
 * The reason a record is withdrawn with (records are withdrawn, never deleted): required,
 * at most {@value #MAX_LENGTH} characters, on the form field {@code reason}.
 */
public final class WithdrawalReason {

	public static final int MAX_LENGTH = 500;

	private WithdrawalReason() {
	}

	/** What is wrong with {@code reason} (as cleaned), if anything. */
	public static Optional<FieldProblem> problem(String reason) {
		if (reason == null || reason.isEmpty()) {
			return Optional.of(FieldProblem.of("reason", "validation.required"));
		}
		if (reason.length() > MAX_LENGTH) {
			return Optional.of(FieldProblem.of("reason", "validation.tooLong", MAX_LENGTH));
		}
		return Optional.empty();
	}

	/**
	 * The reason as it is kept ({@link VietnameseText#clean}); throws
	 * {@link InvalidInput} on the field when it is missing or too long.
	 */
	public static String require(String reason) {
		String why = VietnameseText.clean(reason);
		problem(why).ifPresent((p) -> {
			throw new InvalidInput(List.of(p));
		});
		return why;
	}

}
