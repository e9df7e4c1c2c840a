package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.OutcomeRules.Outcome;
import vn.hoagiai.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRulesTests {

	@Test
	void agreementEndedWithWrittenAgreementIsSuccessful() {
		assertThat(keys(success(EndReason.AGREEMENT, "Trả lại 2 m đất"), false, false)).isEmpty();
	}

	@Test
	void successfulRequiresAnAgreement() {
		assertThat(keys(success(EndReason.AGREEMENT, " "), false, false))
			.containsExactly("case.outcome.agreementRequired");
	}

	@Test
	void successfulRequiresTheEndByAgreement() {
		assertThat(keys(success(EndReason.PARTY_STOPPED, "x"), false, false))
			.containsExactly("case.outcome.successNeedsAgreementEnd");
	}

	@Test
	void excludedCaseCannotBeSuccessful() {
		assertThat(keys(success(EndReason.AGREEMENT, "x"), true, false))
			.containsExactly("case.outcome.excludedMustBeReferred");
	}

	@Test
	void excludedCaseMayBeReferred() {
		assertThat(keys(referral("Công an xã", LocalDate.of(2025, 4, 1)), true, false)).isEmpty();
	}

	@Test
	void referralRequiresBodyAndDate() {
		assertThat(keys(referral(null, null), true, false)).containsExactly("validation.required",
				"validation.required");
	}

	@Test
	void unsuccessfulRequiresEachPartysDemands() {
		Outcome outcome = new Outcome(CaseResult.UNSUCCESSFUL, EndReason.MEDIATOR_ENDED, null, null, null,
				Arrays.asList("Đòi bồi thường", ""));

		assertThat(OutcomeRules.check(outcome, false, false))
			.containsExactly(FieldProblem.of("demands[1]", "case.outcome.demandsRequired"));
	}

	@Test
	void partyWithoutDemandsBlocksAnUnsuccessfulOutcome() {
		Outcome outcome = new Outcome(CaseResult.UNSUCCESSFUL, EndReason.PARTY_STOPPED, null, null, null,
				Arrays.asList(null, "B"));

		assertThat(OutcomeRules.check(outcome, false, false))
			.containsExactly(FieldProblem.of("demands[0]", "case.outcome.demandsRequired"));
	}

	@Test
	void unsuccessfulWithEveryDemandIsValid() {
		Outcome outcome = new Outcome(CaseResult.UNSUCCESSFUL, EndReason.PARTY_STOPPED, null, null, null,
				List.of("A", "B"));

		assertThat(keys(outcome, false, false)).isEmpty();
	}

	@Test
	void withdrawnIsAllowedBeforeAnOutcomeOnly() {
		Outcome withdrawn = new Outcome(CaseResult.WITHDRAWN, null, null, null, null, List.of());

		assertThat(keys(withdrawn, false, false)).isEmpty();
		assertThat(keys(withdrawn, false, true)).containsExactly("case.outcome.alreadyClosed");
	}

	@Test
	void missingResultIsRequired() {
		assertThat(keys(new Outcome(null, null, null, null, null, null), false, false))
			.containsExactly("validation.required");
	}

	private static Outcome success(EndReason end, String agreement) {
		return new Outcome(CaseResult.SUCCESSFUL, end, agreement, null, null, List.of());
	}

	private static Outcome referral(String body, LocalDate date) {
		return new Outcome(CaseResult.REFERRED, null, null, body, date, List.of());
	}

	private static List<String> keys(Outcome outcome, boolean excluded, boolean closed) {
		return OutcomeRules.check(outcome, excluded, closed).stream().map(FieldProblem::messageKey).toList();
	}

}
