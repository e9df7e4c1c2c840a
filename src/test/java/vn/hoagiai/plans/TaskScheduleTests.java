package vn.hoagiai.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskScheduleTests {

	private static final List<PlanPhase> PHASES = List.of(new PlanPhase(1, "Giai đoạn 1", 2024, 2026),
			new PlanPhase(2, "Giai đoạn 2", 2027, 2030));

	@Test
	void yearRangeHasARecordForEachYearInsideThePlan() {
		assertThat(TaskSchedule.instanceYears(TimeFrame.years(2024, 2026), 2024, 2030, PHASES)).containsExactly(2024,
				2025, 2026);
		assertThat(TaskSchedule.instanceYears(TimeFrame.years(2022, 2025), 2024, 2030, PHASES)).containsExactly(2024,
				2025);
	}

	@Test
	void everyYearHasARecordForEachPlanYearAndAllAreDue() {
		List<Integer> years = TaskSchedule.instanceYears(TimeFrame.everyYear(), 2024, 2030, PHASES);
		assertThat(years).containsExactly(2024, 2025, 2026, 2027, 2028, 2029, 2030);
		assertThat(TaskSchedule.dueYears(TimeFrame.everyYear(), years, Set.of())).hasSize(7);
	}

	@Test
	void phaseHasTheYearsOfThatPhase() {
		assertThat(TaskSchedule.instanceYears(TimeFrame.phase(2), 2024, 2030, PHASES)).containsExactly(2027, 2028, 2029,
				2030);
		assertThat(TaskSchedule.instanceYears(TimeFrame.phase(3), 2024, 2030, PHASES)).isEmpty();
	}

	@Test
	void onceEveryFiveYearsIsDueInTheFifthYearWhenNotDoneBefore() {
		List<Integer> years = TaskSchedule.instanceYears(TimeFrame.atLeastEvery(5), 2024, 2030, PHASES);
		assertThat(years).hasSize(7);
		assertThat(TaskSchedule.dueYears(TimeFrame.atLeastEvery(5), years, Set.of())).containsExactly(2028);
	}

	@Test
	void doneEarlyMovesTheNextDeadlineFiveYearsOn() {
		List<Integer> years = TaskSchedule.instanceYears(TimeFrame.atLeastEvery(5), 2024, 2030, PHASES);
		assertThat(TaskSchedule.dueYears(TimeFrame.atLeastEvery(5), years, Set.of(2025))).containsExactly(2030);
		assertThat(TaskSchedule.dueYears(TimeFrame.atLeastEvery(5), years, Set.of(2027))).isEmpty();
		assertThat(TaskSchedule.dueYears(TimeFrame.atLeastEvery(2), years, Set.of())).containsExactly(2025, 2027, 2029);
	}

	@Test
	void aDueYearNotDonePastItsDueDateIsOverdue() {
		LocalDate due = TaskSchedule.dueOn(2025, null);
		assertThat(due).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(TaskSchedule.status(YearStatus.IN_PROGRESS, true, due, LocalDate.of(2026, 1, 1)))
			.isEqualTo(YearStatus.OVERDUE);
		assertThat(TaskSchedule.status(YearStatus.NOT_STARTED, true, due, due)).isEqualTo(YearStatus.NOT_STARTED);
		assertThat(TaskSchedule.status(YearStatus.DONE, true, due, LocalDate.of(2027, 1, 1)))
			.isEqualTo(YearStatus.DONE);
	}

	@Test
	void aYearWithNothingDueIsNotDueUnlessWorkWasRecorded() {
		LocalDate due = LocalDate.of(2025, 12, 31);
		LocalDate later = LocalDate.of(2026, 6, 1);
		assertThat(TaskSchedule.status(YearStatus.NOT_STARTED, false, due, later)).isEqualTo(YearStatus.NOT_DUE);
		assertThat(TaskSchedule.status(YearStatus.IN_PROGRESS, false, due, later)).isEqualTo(YearStatus.IN_PROGRESS);
		assertThat(TaskSchedule.status(YearStatus.DONE, false, due, later)).isEqualTo(YearStatus.DONE);
	}

	@Test
	void aDueDayMovesTheDueDateInsideTheYear() {
		assertThat(TaskSchedule.dueOn(2026, MonthDay.of(12, 15))).isEqualTo(LocalDate.of(2026, 12, 15));
	}

	@Test
	void frameProblemsNameTheField() {
		assertThat(TaskSchedule.check(TimeFrame.years(2027, 2025), 2024, 2030, PHASES))
			.extracting((p) -> p.messageKey())
			.containsExactly("plans.frame.range");
		assertThat(TaskSchedule.check(TimeFrame.years(2031, 2032), 2024, 2030, PHASES)).extracting((p) -> p.field())
			.containsExactly("frameFrom");
		assertThat(TaskSchedule.check(TimeFrame.atLeastEvery(0), 2024, 2030, PHASES)).hasSize(1);
		assertThat(TaskSchedule.check(TimeFrame.phase(9), 2024, 2030, PHASES)).hasSize(1);
		assertThat(TaskSchedule.check(null, 2024, 2030, PHASES)).hasSize(1);
		assertThat(TaskSchedule.check(TimeFrame.everyYear(), 2024, 2030, PHASES)).isEmpty();
	}

}
