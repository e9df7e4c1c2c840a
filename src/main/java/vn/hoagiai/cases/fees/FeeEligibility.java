package vn.hoagiai.cases.fees;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;

/**
 * Whether a mediator is paid for a case (Decree 15/2014/NĐ-CP Art. 13.2): the case ended
 * in one of the three ways of Art. 23 (agreement, a party asked to stop, the mediator
 * ended it) with a successful or unsuccessful result, and the mediator broke no duty of
 * Art. 10. The amount is the rate in force on the closing day for the result, never above
 * its ceiling. Returns the reasons, not just a boolean.
 */
final class FeeEligibility {

	static final String NOT_ENDED = "fee.reason.notEnded";

	static final String NOT_MEDIATED = "fee.reason.notMediated";

	static final String BREACH = "fee.reason.breach";

	static final String NO_RATE = "fee.reason.noRate";

	private FeeEligibility() {
	}

	/** The facts the rule looks at; {@code rate} is null when none is in force. */
	record Facts(CaseResult result, EndReason endReason, boolean breach, Rate rate) {

	}

	/** A rate's amounts, in VND. */
	record Rate(long successful, long unsuccessful, long ceiling) {

	}

	/** Eligible with an amount, or not with the reasons (message keys). */
	record Result(boolean eligible, Long amount, List<String> reasons) {

		Result {
			reasons = List.copyOf(reasons);
		}

		String reason() {
			return this.reasons.isEmpty() ? null : this.reasons.get(0);
		}

	}

	static Result check(Facts facts) {
		List<String> reasons = new ArrayList<>();
		if (facts.endReason() == null) {
			reasons.add(NOT_ENDED);
		}
		if (facts.result() != CaseResult.SUCCESSFUL && facts.result() != CaseResult.UNSUCCESSFUL) {
			reasons.add(NOT_MEDIATED);
		}
		if (facts.breach()) {
			reasons.add(BREACH);
		}
		if (facts.rate() == null) {
			reasons.add(NO_RATE);
		}
		if (!reasons.isEmpty()) {
			return new Result(false, null, reasons);
		}
		long amount = (facts.result() == CaseResult.SUCCESSFUL) ? facts.rate().successful()
				: facts.rate().unsuccessful();
		return new Result(true, Math.min(amount, facts.rate().ceiling()), reasons);
	}

}
