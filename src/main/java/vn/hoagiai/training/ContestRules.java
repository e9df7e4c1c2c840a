package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.VietnameseText;

/**
 * The field rules of a contest, returning every problem at once: a title, a level, a year
 * not before 2000 nor more than two years ahead, dates inside that year and in order, at
 * least one criterion, criteria worth more than 0 and at most 100 points with at most two
 * decimals, and no name twice in a list.
 */
final class ContestRules {

	static final BigDecimal MAX_POINTS = new BigDecimal("100");

	static final int MAX_LINES = 30;

	private ContestRules() {
	}

	static List<FieldProblem> check(ContestDetails d, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", d.title(), 300);
		required(problems, "organiserAgency", d.organiserAgency(), 200);
		if (d.level() == null) {
			problems.add(FieldProblem.of("level", "validation.required"));
		}
		if (d.year() == null) {
			problems.add(FieldProblem.of("year", "validation.required"));
		}
		else if (d.year() < 2000 || d.year() > today.getYear() + 2) {
			problems.add(FieldProblem.of("year", "contest.year.range", today.getYear() + 2));
		}
		dates(problems, d);
		length(problems, "coordinators", d.coordinators(), 500);
		length(problems, "place", d.place(), 300);
		length(problems, "description", d.description(), 2000);
		rounds(problems, d.rounds());
		judges(problems, d.judges());
		criteria(problems, d.criteria());
		return problems;
	}

	private static void dates(List<FieldProblem> problems, ContestDetails d) {
		if (d.startDate() != null && d.year() != null && d.startDate().getYear() != d.year()) {
			problems.add(FieldProblem.of("startDate", "contest.date.outsideYear"));
		}
		if (d.endDate() != null && d.startDate() != null && d.endDate().isBefore(d.startDate())) {
			problems.add(FieldProblem.of("endDate", "event.endBeforeStart"));
		}
	}

	private static void rounds(List<FieldProblem> problems, List<ContestDetails.Round> rounds) {
		count(problems, "rounds", rounds.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rounds.size(); i++) {
			ContestDetails.Round r = rounds.get(i);
			line(problems, "rounds", i, r.name(), 200, seen);
		}
	}

	private static void judges(List<FieldProblem> problems, List<ContestDetails.Judge> judges) {
		count(problems, "judges", judges.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < judges.size(); i++) {
			ContestDetails.Judge j = judges.get(i);
			line(problems, "judges", i, j.fullName(), 120, seen);
			if (j.title() != null && j.title().length() > 200) {
				problems.add(FieldProblem.of("judges", "contest.line.tooLong", i + 1, 200));
			}
		}
	}

	private static void criteria(List<FieldProblem> problems, List<ContestDetails.Criterion> criteria) {
		if (criteria.isEmpty()) {
			problems.add(FieldProblem.of("criteria", "contest.criteria.none"));
		}
		count(problems, "criteria", criteria.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < criteria.size(); i++) {
			ContestDetails.Criterion c = criteria.get(i);
			line(problems, "criteria", i, c.name(), 200, seen);
			BigDecimal max = c.maxPoints();
			if (max == null || max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0
					|| max.stripTrailingZeros().scale() > 2) {
				problems.add(FieldProblem.of("criteria", "contest.criteria.maxPoints", i + 1));
			}
		}
	}

	private static void line(List<FieldProblem> problems, String field, int index, String name, int max,
			Set<String> seen) {
		if (name == null || name.isBlank()) {
			problems.add(FieldProblem.of(field, "contest.line.nameMissing", index + 1));
		}
		else if (name.length() > max) {
			problems.add(FieldProblem.of(field, "contest.line.tooLong", index + 1, max));
		}
		else if (!seen.add(VietnameseText.fold(name))) {
			problems.add(FieldProblem.of(field, "contest.line.duplicate", index + 1));
		}
	}

	private static void count(List<FieldProblem> problems, String field, int size) {
		if (size > MAX_LINES) {
			problems.add(FieldProblem.of(field, "contest.lines.tooMany", MAX_LINES));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "validation.required"));
		}
		else {
			length(problems, field, value, max);
		}
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(FieldProblem.of(field, "validation.tooLong", max));
		}
	}

}
