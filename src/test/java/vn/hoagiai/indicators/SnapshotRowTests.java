package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a stored summary still stands for a plain count.
 */
class SnapshotRowTests {

	private static final ReportingCalendar CALENDAR = ReportingCalendar.standard();

	private static final Period YEAR = CALENDAR.year(2026);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final long COMMUNE = 7L;

	private static final SnapshotRow.Generations NOW = new SnapshotRow.Generations(3, Map.of(COMMUNE, 5L));

	private static SnapshotRow row(long unitGeneration, long allGeneration, LocalDate asOf, LocalDate mappedOn) {
		return new SnapshotRow(COMMUNE, YEAR.from(), YEAR.to(), asOf, mappedOn, unitGeneration, allGeneration,
				new Tally());
	}

	@Test
	void countedAtTheCurrentGenerationsOnTheSameDayIsFresh() {
		assertThat(row(5, 3, TODAY, TODAY).freshFor(YEAR, TODAY, NOW, LocalDate.of(2025, 7, 1))).isTrue();
	}

	@Test
	void aWriteToTheCommuneAfterTheCountReadItsGenerationMakesItStale() {
		assertThat(row(4, 3, TODAY, TODAY).freshFor(YEAR, TODAY, NOW, null)).isFalse();
	}

	@Test
	void aMarkOfEveryCommuneMakesItStale() {
		assertThat(row(5, 2, TODAY, TODAY).freshFor(YEAR, TODAY, NOW, null)).isFalse();
	}

	@Test
	void aCommuneNeverWrittenHasGenerationZero() {
		SnapshotRow.Generations none = new SnapshotRow.Generations(0, Map.of());
		assertThat(row(0, 0, TODAY, TODAY).freshFor(YEAR, TODAY, none, null)).isTrue();
	}

	@Test
	void aRunningPeriodCountedYesterdayIsStaleToday() {
		LocalDate yesterday = TODAY.minusDays(1);
		assertThat(row(5, 3, yesterday, yesterday).freshFor(YEAR, TODAY, NOW, null)).isFalse();
	}

	@Test
	void aPastPeriodCountedLongAgoStaysFreshWhileTheMapStands() {
		Period last = CALENDAR.year(2025);
		LocalDate counted = LocalDate.of(2026, 1, 10);
		SnapshotRow row = new SnapshotRow(COMMUNE, last.from(), last.to(), last.to(), counted, 5, 3, new Tally());
		assertThat(row.freshFor(last, last.asOf(TODAY), NOW, LocalDate.of(2025, 7, 1))).isTrue();
		assertThat(row.freshFor(last, last.asOf(TODAY), NOW, LocalDate.of(2026, 3, 1))).as("the map changed since")
			.isFalse();
	}

	@Test
	void anotherCalendarsDatesForTheSameCodeAreStale() {
		ReportingCalendar calendarYear = new ReportingCalendar(java.time.MonthDay.of(1, 1),
				java.time.MonthDay.of(6, 30), 2024, 2030);
		assertThat(row(5, 3, TODAY, TODAY).freshFor(calendarYear.year(2026), TODAY, NOW, null)).isFalse();
	}

}
