package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * Turns period codes into date ranges with the configured cut-off days: a year runs from
 * {@code yearStart} of the previous calendar year to the day before {@code yearStart},
 * the first half to {@code firstHalfEnd}. Pure.
 */
public final class ReportingCalendar {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-H([12]))?");

	private static final int MAX_DAYS = 3700;

	private final MonthDay yearStart;

	private final MonthDay firstHalfEnd;

	private final int planStartYear;

	private final int planEndYear;

	public ReportingCalendar(MonthDay yearStart, MonthDay firstHalfEnd, int planStartYear, int planEndYear) {
		this.yearStart = yearStart;
		this.firstHalfEnd = firstHalfEnd;
		this.planStartYear = planStartYear;
		this.planEndYear = planEndYear;
	}

	/** The calendar of Decree 09/2019/NĐ-CP and the 2024–2030 plan. */
	public static ReportingCalendar standard() {
		return new ReportingCalendar(MonthDay.of(12, 15), MonthDay.of(6, 14), 2024, 2030);
	}

	static MonthDay monthDay(String text) {
		return MonthDay.parse("--" + text.strip());
	}

	public int planStartYear() {
		return this.planStartYear;
	}

	public int planEndYear() {
		return this.planEndYear;
	}

	public Period year(int year) {
		return new Period(Period.Kind.YEAR, Integer.toString(year), year, firstDay(year), lastDay(year));
	}

	public Period firstHalf(int year) {
		return new Period(Period.Kind.FIRST_HALF, year + "-H1", year, firstDay(year), this.firstHalfEnd.atYear(year));
	}

	public Period secondHalf(int year) {
		return new Period(Period.Kind.SECOND_HALF, year + "-H2", year, this.firstHalfEnd.atYear(year).plusDays(1),
				lastDay(year));
	}

	public Period range(LocalDate from, LocalDate to) {
		return new Period(Period.Kind.RANGE, from + ".." + to, to.getYear(), from, to);
	}

	/** The reporting year that {@code day} falls in. */
	public int yearOf(LocalDate day) {
		return day.isAfter(lastDay(day.getYear())) ? day.getYear() + 1 : day.getYear();
	}

	/** The half-year that {@code day} falls in. */
	public Period halfOf(LocalDate day) {
		int year = yearOf(day);
		Period first = firstHalf(year);
		return day.isAfter(first.to()) ? secondHalf(year) : first;
	}

	/** Every half-year from the plan's first up to the one holding {@code today}. */
	public List<Period> halvesSincePlanStart(LocalDate today) {
		List<Period> halves = new ArrayList<>();
		Period current = halfOf(today);
		for (int year = this.planStartYear; year <= current.year(); year++) {
			halves.add(firstHalf(year));
			if (year < current.year() || current.kind() == Period.Kind.SECOND_HALF) {
				halves.add(secondHalf(year));
			}
		}
		return halves;
	}

	/**
	 * The period named by {@code code} ({@code 2025}, {@code 2025-H1}) or, when both are
	 * given, by {@code from}..{@code to}; the current reporting year when nothing is
	 * given. Bad input is an {@link InvalidInput} on the field at fault.
	 */
	public Period parse(String code, String from, String to, LocalDate today) {
		boolean range = notBlank(from) || notBlank(to);
		if (range) {
			return parseRange(from, to);
		}
		if (!notBlank(code)) {
			return year(yearOf(today));
		}
		Matcher m = YEAR.matcher(code.strip());
		if (!m.matches()) {
			throw new InvalidInput(List.of(FieldProblem.of("period", "indicators.error.period")));
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 2000 || year > 2100) {
			throw new InvalidInput(List.of(FieldProblem.of("period", "indicators.error.year")));
		}
		if (m.group(2) == null) {
			return year(year);
		}
		return "1".equals(m.group(2)) ? firstHalf(year) : secondHalf(year);
	}

	private Period parseRange(String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = date("from", from, problems);
		LocalDate end = date("to", to, problems);
		InvalidInput.throwIfAny(problems);
		if (end.isBefore(start)) {
			throw new InvalidInput(List.of(FieldProblem.of("to", "indicators.error.toBeforeFrom")));
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new InvalidInput(List.of(FieldProblem.of("to", "indicators.error.rangeTooLong")));
		}
		return range(start, end);
	}

	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		if (!notBlank(text)) {
			problems.add(FieldProblem.of(field, "validation.required"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				problems.add(FieldProblem.of(field, "indicators.error.year"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "indicators.error.date"));
			return null;
		}
	}

	/**
	 * A year that starts after the first half's end (15 December) starts in the previous
	 * calendar year; one that starts on 1 January is the calendar year.
	 */
	private LocalDate firstDay(int year) {
		return this.yearStart.atYear(this.yearStart.isAfter(this.firstHalfEnd) ? year - 1 : year);
	}

	private LocalDate lastDay(int year) {
		return firstDay(year + 1).minusDays(1);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

}
