package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;

/**
 * What each outcome needs (Art. 21–23). Successful: ended by agreement, the agreement
 * written down, and the case within the scope of grassroots mediation. Unsuccessful:
 * ended by a party or the mediator, with each party's demands. Referred: the body and the
 * date. Withdrawn: only before an outcome. An excluded case can only be referred or
 * withdrawn.
 */
public final class OutcomeRules {

	private OutcomeRules() {
	}

	/** The outcome asked for, with each party's demands in party order. */
	public record Outcome(CaseResult result, EndReason endReason, String agreement, String referralBody,
			LocalDate referralDate, List<String> partyDemands) {

		public Outcome {
			// a party without demands is a null entry, which List.copyOf would refuse
			partyDemands = (partyDemands != null) ? Collections.unmodifiableList(new ArrayList<>(partyDemands))
					: List.of();
		}

	}

	/**
	 * The problems with the outcome as field problems with message keys; empty when
	 * valid.
	 */
	public static List<FieldProblem> check(Outcome outcome, boolean excluded, boolean closed) {
		List<FieldProblem> problems = new ArrayList<>();
		if (outcome.result() == null) {
			problems.add(FieldProblem.of("result", "validation.required"));
			return problems;
		}
		if (closed) {
			problems.add(FieldProblem.of("result", "case.outcome.alreadyClosed"));
		}
		if (excluded && outcome.result() != CaseResult.REFERRED && outcome.result() != CaseResult.WITHDRAWN) {
			problems.add(FieldProblem.of("result", "case.outcome.excludedMustBeReferred"));
		}
		switch (outcome.result()) {
			case SUCCESSFUL -> successful(outcome, problems);
			case UNSUCCESSFUL -> unsuccessful(outcome, problems);
			case REFERRED -> referred(outcome, problems);
			case WITHDRAWN -> {
			}
		}
		return problems;
	}

	private static void successful(Outcome outcome, List<FieldProblem> problems) {
		if (outcome.endReason() != EndReason.AGREEMENT) {
			problems.add(FieldProblem.of("endReason", "case.outcome.successNeedsAgreementEnd"));
		}
		if (blank(outcome.agreement())) {
			problems.add(FieldProblem.of("agreement", "case.outcome.agreementRequired"));
		}
	}

	private static void unsuccessful(Outcome outcome, List<FieldProblem> problems) {
		if (outcome.endReason() == null || outcome.endReason() == EndReason.AGREEMENT) {
			problems.add(FieldProblem.of("endReason", "case.outcome.failureNeedsEnd"));
		}
		List<String> demands = outcome.partyDemands();
		if (demands.isEmpty()) {
			problems.add(FieldProblem.of("demands", "case.outcome.demandsRequired"));
		}
		for (int i = 0; i < demands.size(); i++) {
			if (blank(demands.get(i))) {
				problems.add(FieldProblem.of("demands[" + i + "]", "case.outcome.demandsRequired"));
			}
		}
	}

	private static void referred(Outcome outcome, List<FieldProblem> problems) {
		if (blank(outcome.referralBody())) {
			problems.add(FieldProblem.of("referralBody", "validation.required"));
		}
		if (outcome.referralDate() == null) {
			problems.add(FieldProblem.of("referralDate", "validation.required"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
