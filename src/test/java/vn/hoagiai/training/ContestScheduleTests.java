package vn.hoagiai.training;

import org.junit.jupiter.api.Test;

import vn.hoagiai.training.ContestSchedule.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContestScheduleTests {

	@Test
	void contestIn2025IsNextDueBy2030() {
		ContestSchedule.Due due = ContestSchedule.of(2025, 2024, 5, 2026);

		assertThat(due.lastYear()).isEqualTo(2025);
		assertThat(due.dueBy()).isEqualTo(2030);
		assertThat(due.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void theYearItIsDueIsFlaggedAndTheYearAfterIsOverdue() {
		assertThat(ContestSchedule.of(2025, 2024, 5, 2030).status()).isEqualTo(Status.DUE_THIS_YEAR);
		assertThat(ContestSchedule.of(2025, 2024, 5, 2031).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void unitWithoutAnyContestIsDueWithinThePlansFirstFiveYears() {
		ContestSchedule.Due due = ContestSchedule.of(null, 2024, 5, 2026);

		assertThat(due.lastYear()).isNull();
		assertThat(due.dueBy()).isEqualTo(2028);
		assertThat(due.status()).isEqualTo(Status.ON_TRACK);
		assertThat(ContestSchedule.of(null, 2024, 5, 2029).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void anOldContestBeforeThePlanIsAlreadyOverdue() {
		assertThat(ContestSchedule.of(2018, 2024, 5, 2026).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void theIntervalIsASetting() {
		assertThat(ContestSchedule.of(2025, 2024, 3, 2026).dueBy()).isEqualTo(2028);
		assertThatThrownBy(() -> ContestSchedule.of(2025, 2024, 0, 2026)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overdueUnitsComeFirstThenByTheYearDue() {
		var rows = ContestSchedule
			.sorted(java.util.List.of(ContestDue.of(1, "Phường Sông Cầu", ContestSchedule.of(2025, 2024, 5, 2026)),
					ContestDue.of(2, "Xã Nông Thượng", ContestSchedule.of(2019, 2024, 5, 2026)),
					ContestDue.of(3, "Phường Đức Xuân", ContestSchedule.of(null, 2024, 5, 2026))));

		assertThat(rows).extracting(ContestDue::unitId).containsExactly(2L, 3L, 1L);
		assertThat(rows.get(0).overdue()).isTrue();
	}

}
