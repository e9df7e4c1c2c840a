package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import vn.hoagiai.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingCalendarTests {

	private final ReportingCalendar calendar = ReportingCalendar.standard();

	private final LocalDate today = LocalDate.of(2026, 11, 25);

	@Test
	void yearAndHalvesFollowTheDecree09CutOffs() {
		assertThat(this.calendar.year(2025).from()).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(this.calendar.year(2025).to()).isEqualTo(LocalDate.of(2025, 12, 14));
		assertThat(this.calendar.firstHalf(2025).to()).isEqualTo(LocalDate.of(2025, 6, 14));
		assertThat(this.calendar.secondHalf(2025).from()).isEqualTo(LocalDate.of(2025, 6, 15));
	}

	@Test
	void aDayAfterTheCutOffBelongsToNextYear() {
		assertThat(this.calendar.yearOf(LocalDate.of(2025, 12, 15))).isEqualTo(2026);
		assertThat(this.calendar.yearOf(LocalDate.of(2025, 12, 14))).isEqualTo(2025);
		assertThat(this.calendar.halfOf(LocalDate.of(2025, 12, 20)).code()).isEqualTo("2026-H1");
	}

	@Test
	void calendarYearWhenConfiguredSo() {
		ReportingCalendar plain = new ReportingCalendar(MonthDay.of(1, 1), MonthDay.of(6, 30), 2024, 2030);
		assertThat(plain.year(2025).from()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(plain.year(2025).to()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(plain.secondHalf(2025).from()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void parsesCodesAndRanges() {
		assertThat(this.calendar.parse("2025-H2", null, null, this.today).kind()).isEqualTo(Period.Kind.SECOND_HALF);
		assertThat(this.calendar.parse(null, null, null, this.today).code()).isEqualTo("2026");
		Period range = this.calendar.parse(null, "2025-01-01", "2025-03-31", this.today);
		assertThat(range.kind()).isEqualTo(Period.Kind.RANGE);
		assertThat(range.year()).isEqualTo(2025);
	}

	@Test
	void badPeriodsAreFieldProblems() {
		assertThatThrownBy(() -> this.calendar.parse("2025-H3", null, null, this.today)).isInstanceOfSatisfying(
				InvalidInput.class, (ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("period"));
		assertThatThrownBy(() -> this.calendar.parse(null, "2025-03-31", "2025-01-01", this.today))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("indicators.error.toBeforeFrom"));
		assertThatThrownBy(() -> this.calendar.parse(null, "31/03/2025", null, this.today))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.problems()).hasSize(2));
	}

	@Test
	void halvesSincePlanStartEndWithTheCurrentOne() {
		assertThat(this.calendar.halvesSincePlanStart(this.today)).extracting(Period::code)
			.containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2");
	}

}
