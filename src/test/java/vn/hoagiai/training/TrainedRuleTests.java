package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoagiai.training.TrainedRule.AttendedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class TrainedRuleTests {

	static final Set<EventKind> DEFAULT = Set.of(EventKind.COURSE, EventKind.REFRESHER);

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate TO = LocalDate.of(2024, 12, 31);

	@Test
	void courseAttendedInThePeriodCounts() {
		var result = TrainedRule.check(
				List.of(new AttendedEvent(1, EventKind.COURSE, LocalDate.of(2024, 3, 5), AttendanceStatus.PRESENT)),
				DEFAULT, FROM, TO);

		assertThat(result.trained()).isTrue();
		assertThat(result.countedEvents()).extracting(AttendedEvent::eventId).containsExactly(1L);
	}

	@Test
	void lateCountsAsAttendedButAbsentDoesNot() {
		assertThat(TrainedRule
			.check(List.of(new AttendedEvent(1, EventKind.REFRESHER, FROM, AttendanceStatus.LATE)), DEFAULT, FROM, TO)
			.trained()).isTrue();
		assertThat(TrainedRule
			.check(List.of(new AttendedEvent(1, EventKind.COURSE, FROM, AttendanceStatus.ABSENT)), DEFAULT, FROM, TO)
			.trained()).isFalse();
	}

	@Test
	void forumsAndEventsOutsideThePeriodDoNotCount() {
		var result = TrainedRule.check(
				List.of(new AttendedEvent(1, EventKind.DIALOGUE_FORUM, LocalDate.of(2024, 5, 1),
						AttendanceStatus.PRESENT),
						new AttendedEvent(2, EventKind.COURSE, LocalDate.of(2023, 12, 31), AttendanceStatus.PRESENT),
						new AttendedEvent(3, EventKind.COURSE, LocalDate.of(2025, 1, 1), AttendanceStatus.PRESENT)),
				DEFAULT, FROM, TO);

		assertThat(result.trained()).isFalse();
	}

	@Test
	void countedKindsAreConfigurable() {
		var forum = List.of(new AttendedEvent(1, EventKind.DIALOGUE_FORUM, FROM, AttendanceStatus.PRESENT));

		assertThat(TrainedRule.check(forum, Set.of(EventKind.DIALOGUE_FORUM), FROM, TO).trained()).isTrue();
	}

}
