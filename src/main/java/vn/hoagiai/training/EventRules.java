package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;

/**
 * The field rules of a training event, returning every problem at once.
 */
final class EventRules {

	static final BigDecimal MAX_HOURS = new BigDecimal("1000");

	private EventRules() {
	}

	static List<FieldProblem> check(EventDetails d, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.title() == null || d.title().isBlank()) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		else if (d.title().length() > 300) {
			problems.add(FieldProblem.of("title", "validation.tooLong", 300));
		}
		if (d.kind() == null) {
			problems.add(FieldProblem.of("kind", "validation.required"));
		}
		if (d.startDate() == null) {
			problems.add(FieldProblem.of("startDate", "validation.required"));
		}
		else if (d.startDate().isAfter(today.plusYears(2))) {
			problems.add(FieldProblem.of("startDate", "event.date.tooFar"));
		}
		if (d.endDate() == null) {
			problems.add(FieldProblem.of("endDate", "validation.required"));
		}
		else if (d.startDate() != null && d.endDate().isBefore(d.startDate())) {
			problems.add(FieldProblem.of("endDate", "event.endBeforeStart"));
		}
		if (d.hours() == null) {
			problems.add(FieldProblem.of("hours", "validation.required"));
		}
		else if (d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS) > 0) {
			problems.add(FieldProblem.of("hours", "event.hours.range"));
		}
		if (d.cost() != null && d.cost() < 0) {
			problems.add(FieldProblem.of("cost", "event.cost.negative"));
		}
		length(problems, "place", d.place(), 300);
		length(problems, "organiserName", d.organiserName(), 200);
		length(problems, "topics", d.topics(), 1000);
		length(problems, "audience", d.audience(), 500);
		length(problems, "documents", d.documents(), 1000);
		length(problems, "outcomes", d.outcomes(), 2000);
		for (String guest : d.guestTrainers()) {
			length(problems, "guestTrainers", guest, 120);
		}
		return problems;
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(FieldProblem.of(field, "validation.tooLong", max));
		}
	}

}
