package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class ContestRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void aCompleteContestHasNoProblem() {
		assertThat(ContestRules.check(contest(2025, List.of(criterion("Kiến thức pháp luật", "30"))), TODAY)).isEmpty();
	}

	@Test
	void reportsEveryMissingFieldAtOnce() {
		ContestDetails blank = new ContestDetails(" ", null, null, null, null, null, null, null, null, null, null,
				null);

		assertThat(ContestRules.check(blank, TODAY)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("title", "organiserAgency", "level", "year", "criteria");
	}

	@Test
	void rejectsAYearTooFarAheadAndAStartOutsideTheYear() {
		ContestDetails d = new ContestDetails("Hội thi", ContestLevel.COMMUNE, 2029, "UBND xã", null,
				LocalDate.of(2028, 5, 1), LocalDate.of(2028, 4, 1), null, null, List.of(), List.of(),
				List.of(criterion("Kiến thức", "10")));

		assertThat(ContestRules.check(d, TODAY)).extracting(FieldProblem::messageKey)
			.containsExactlyInAnyOrder("contest.year.range", "contest.date.outsideYear", "event.endBeforeStart");
	}

	@Test
	void rejectsCriteriaWorthNothingOrOverAHundredAndRepeatedNames() {
		ContestDetails d = contest(2025,
				List.of(criterion("Kiến thức", "0"), criterion("Kỹ năng", "150"), criterion("kien thuc ", "10")));

		assertThat(ContestRules.check(d, TODAY)).extracting(FieldProblem::messageKey, (p) -> p.args().get(0))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("contest.criteria.maxPoints", 1),
					org.assertj.core.groups.Tuple.tuple("contest.criteria.maxPoints", 2),
					org.assertj.core.groups.Tuple.tuple("contest.line.duplicate", 3));
	}

	@Test
	void linesAreReadWithTheirNumbersAndBadOnesReported() {
		var criteria = ContestLines.criteria("Kiến thức pháp luật; 30\n\nTiểu phẩm; 7,5\nKỹ năng; nhiều");
		var rounds = ContestLines.rounds("Vòng sơ khảo; 20/05/2025\nVòng chung khảo; 31/02/2025\nGiao lưu");

		assertThat(criteria.items()).extracting(ContestDetails.Criterion::maxPoints)
			.containsExactly(new BigDecimal("30"), new BigDecimal("7.5"));
		assertThat(criteria.problems()).extracting(FieldProblem::messageKey, (p) -> p.args().get(0))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("contest.criteria.maxPoints", 3));
		assertThat(rounds.items()).extracting(ContestDetails.Round::heldOn)
			.containsExactly(LocalDate.of(2025, 5, 20), null);
		assertThat(rounds.problems()).extracting(FieldProblem::field).containsExactly("rounds");
	}

	@Test
	void listsGoBackToTheTextTheyWereReadFrom() {
		String text = "Nguyễn Văn An; Trưởng phòng Tư pháp\nLê Thị Bình";

		assertThat(ContestLines.judgesText(ContestLines.judges(text).items())).isEqualTo(text);
	}

	private static ContestDetails contest(int year, List<ContestDetails.Criterion> criteria) {
		return new ContestDetails("Hội thi hòa giải viên giỏi", ContestLevel.DISTRICT, year, "Phòng Tư pháp", null,
				LocalDate.of(year, 5, 20), LocalDate.of(year, 6, 12), null, null,
				List.of(new ContestDetails.Round("Vòng sơ khảo", LocalDate.of(year, 5, 20))),
				List.of(new ContestDetails.Judge("Nguyễn Văn An", null)), criteria);
	}

	private static ContestDetails.Criterion criterion(String name, String max) {
		return new ContestDetails.Criterion(name, new BigDecimal(max));
	}

}
