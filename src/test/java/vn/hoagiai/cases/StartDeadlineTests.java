package vn.hoagiai.cases;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.StartDeadline.Result;

import static org.assertj.core.api.Assertions.assertThat;

class StartDeadlineTests {

	private static final LocalDate ASSIGNED = LocalDate.of(2025, 3, 10);

	@Test
	void startOnTheThirdDayIsOnTime() {
		Result result = StartDeadline.check(ASSIGNED, false, ASSIGNED.plusDays(3), ASSIGNED.plusDays(20));

		assertThat(result.late()).isFalse();
		assertThat(result.daysLate()).isZero();
	}

	@Test
	void startOnTheFifthDayIsTwoDaysLate() {
		Result result = StartDeadline.check(ASSIGNED, false, ASSIGNED.plusDays(5), ASSIGNED.plusDays(20));

		assertThat(result.late()).isTrue();
		assertThat(result.daysLate()).isEqualTo(2);
		assertThat(result.reason()).isEqualTo("case.start.late");
	}

	@Test
	void caseNotStartedAfterTheDeadlineIsOverdue() {
		Result result = StartDeadline.check(ASSIGNED, false, null, ASSIGNED.plusDays(7));

		assertThat(result.late()).isTrue();
		assertThat(result.daysLate()).isEqualTo(4);
		assertThat(result.reason()).isEqualTo("case.start.overdue");
	}

	@Test
	void immediateOrAgreedOtherwiseIsNeverLate() {
		Result result = StartDeadline.check(ASSIGNED, true, ASSIGNED.plusDays(30), ASSIGNED.plusDays(30));

		assertThat(result.late()).isFalse();
	}

	@Test
	void caseNotYetAssignedIsNotLate() {
		assertThat(StartDeadline.check(null, false, null, ASSIGNED).late()).isFalse();
	}

}
