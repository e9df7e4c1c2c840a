package vn.hoagiai.cases.fees;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;

/**
 * What a fee rate must satisfy on its own: positive amounts within the ceiling, a legal
 * basis, a start, and an end not before the start.
 */
final class RateRules {

	private RateRules() {
	}

	static List<FieldProblem> check(RateDetails d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.ceiling() <= 0) {
			problems.add(FieldProblem.of("ceiling", "fee.rate.amountPositive"));
		}
		if (d.successful() <= 0) {
			problems.add(FieldProblem.of("successful", "fee.rate.amountPositive"));
		}
		else if (d.ceiling() > 0 && d.successful() > d.ceiling()) {
			problems.add(FieldProblem.of("successful", "fee.rate.aboveCeiling"));
		}
		if (d.unsuccessful() <= 0) {
			problems.add(FieldProblem.of("unsuccessful", "fee.rate.amountPositive"));
		}
		else if (d.ceiling() > 0 && d.unsuccessful() > d.ceiling()) {
			problems.add(FieldProblem.of("unsuccessful", "fee.rate.aboveCeiling"));
		}
		if (d.legalBasis() == null || d.legalBasis().isBlank()) {
			problems.add(FieldProblem.of("legalBasis", "validation.required"));
		}
		if (d.validFrom() == null) {
			problems.add(FieldProblem.of("validFrom", "validation.required"));
		}
		else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			problems.add(FieldProblem.of("validTo", "fee.rate.endBeforeStart"));
		}
		return problems;
	}

}
