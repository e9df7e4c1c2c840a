package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The named rule "trained in the period": the mediator attended (present or late) at
 * least one event of a counted kind (by default a course or a refresher) that started
 * within the period. The kinds are configurable ({@code hoagiai.training.trained-kinds});
 * {@link TrainingMeasures} applies the same rule in SQL.
 */
public final class TrainedRule {

	private TrainedRule() {
	}

	/**
	 * The verdict and the events that satisfy it (empty when not trained).
	 */
	public static Result check(Collection<AttendedEvent> events, Set<EventKind> kinds, LocalDate from, LocalDate to) {
		List<AttendedEvent> counted = events.stream()
			.filter((e) -> e.status().attended())
			.filter((e) -> kinds.contains(e.kind()))
			.filter((e) -> !e.date().isBefore(from) && !e.date().isAfter(to))
			.toList();
		return new Result(!counted.isEmpty(), counted);
	}

	/** One event a person was listed for. */
	public record AttendedEvent(long eventId, EventKind kind, LocalDate date, AttendanceStatus status) {
	}

	/** Whether trained, and by which events. */
	public record Result(boolean trained, List<AttendedEvent> countedEvents) {
	}

}
