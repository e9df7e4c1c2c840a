package vn.hoagiai.cases.fees;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoagiai.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class RateRulesTests {

	private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	@Test
	void acceptsTheDemoRate() {
		assertThat(RateRules.check(new RateDetails(200_000, 150_000, 200_000, "Nghị quyết HĐND", FROM, null)))
			.isEmpty();
	}

	@Test
	void reportsEveryProblemBesideItsField() {
		assertThat(RateRules.check(new RateDetails(250_000, 0, 200_000, " ", FROM, FROM.minusDays(1))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("successful", "fee.rate.aboveCeiling"),
					org.assertj.core.groups.Tuple.tuple("unsuccessful", "fee.rate.amountPositive"),
					org.assertj.core.groups.Tuple.tuple("legalBasis", "validation.required"),
					org.assertj.core.groups.Tuple.tuple("validTo", "fee.rate.endBeforeStart"));
	}

	@Test
	void periodsOverlapUnlessOneEndsBeforeTheOtherStarts() {
		RateDetails closed = new RateDetails(1, 1, 1, "x", FROM, LocalDate.of(2024, 12, 31));
		assertThat(closed.overlaps(LocalDate.of(2025, 1, 1), null)).isFalse();
		assertThat(closed.overlaps(LocalDate.of(2024, 12, 31), null)).isTrue();
		assertThat(new RateDetails(1, 1, 1, "x", FROM, null).overlaps(LocalDate.of(2030, 1, 1), null)).isTrue();
	}

}
