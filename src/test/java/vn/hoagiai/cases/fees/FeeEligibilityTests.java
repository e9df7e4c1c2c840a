package vn.hoagiai.cases.fees;

import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.fees.FeeEligibility.Facts;
import vn.hoagiai.cases.fees.FeeEligibility.Rate;
import vn.hoagiai.cases.fees.FeeEligibility.Result;

import static org.assertj.core.api.Assertions.assertThat;

class FeeEligibilityTests {

	private static final Rate DEMO = new Rate(200_000, 150_000, 200_000);

	@Test
	void successfulCaseEndedByAgreementIsPaidTheSuccessfulAmount() {
		Result result = FeeEligibility.check(new Facts(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, false, DEMO));

		assertThat(result.eligible()).isTrue();
		assertThat(result.amount()).isEqualTo(200_000);
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void unsuccessfulCaseEndedByAPartyOrTheMediatorIsPaidTheUnsuccessfulAmount() {
		assertThat(
				FeeEligibility.check(new Facts(CaseResult.UNSUCCESSFUL, EndReason.PARTY_STOPPED, false, DEMO)).amount())
			.isEqualTo(150_000);
		assertThat(FeeEligibility.check(new Facts(CaseResult.UNSUCCESSFUL, EndReason.MEDIATOR_ENDED, false, DEMO))
			.amount()).isEqualTo(150_000);
	}

	@Test
	void mediatorWhoBrokeADutyIsNotPaid() {
		Result result = FeeEligibility.check(new Facts(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, true, DEMO));

		assertThat(result.eligible()).isFalse();
		assertThat(result.amount()).isNull();
		assertThat(result.reasons()).containsExactly(FeeEligibility.BREACH);
	}

	@Test
	void caseThatDidNotEndInOneOfTheThreeWaysIsNotPaid() {
		Result withdrawn = FeeEligibility.check(new Facts(CaseResult.WITHDRAWN, null, false, DEMO));
		Result referred = FeeEligibility.check(new Facts(CaseResult.REFERRED, EndReason.PARTY_STOPPED, false, DEMO));

		assertThat(withdrawn.reasons()).containsExactly(FeeEligibility.NOT_ENDED, FeeEligibility.NOT_MEDIATED);
		assertThat(referred.eligible()).isFalse();
		assertThat(referred.reasons()).containsExactly(FeeEligibility.NOT_MEDIATED);
	}

	@Test
	void withoutARateInForceTheFeeIsNotPaidAndSaysWhy() {
		Result result = FeeEligibility.check(new Facts(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, false, null));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reason()).isEqualTo(FeeEligibility.NO_RATE);
	}

	@Test
	void amountNeverExceedsTheCeiling() {
		Result result = FeeEligibility
			.check(new Facts(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, false, new Rate(250_000, 150_000, 200_000)));

		assertThat(result.amount()).isEqualTo(200_000);
	}

}
