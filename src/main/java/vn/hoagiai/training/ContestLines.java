package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import vn.hoagiai.shared.FieldProblem;

/**
 * Reads the contest form's lists, one item a line with its parts split by ";": rounds
 * ("Vòng sơ khảo; 20/05/2025"), judges ("Nguyễn Văn An; Trưởng phòng Tư pháp") and
 * criteria ("Kiến thức pháp luật; 30"). Blank lines are skipped; a line that cannot be
 * read is reported with its number and the whole list is refused.
 */
public final class ContestLines {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private ContestLines() {
	}

	/** The lists read, and the problems of the lines that could not be read. */
	public record Parsed<T>(List<T> items, List<FieldProblem> problems) {
	}

	public static Parsed<ContestDetails.Round> rounds(String text) {
		return parse("rounds", text, (n, parts) -> {
			LocalDate day = (parts.length > 1) ? date(parts[1]) : null;
			if (parts.length > 1 && !parts[1].isBlank() && day == null) {
				throw new IllegalArgumentException("contest.rounds.date");
			}
			return new ContestDetails.Round(parts[0], day);
		});
	}

	public static Parsed<ContestDetails.Judge> judges(String text) {
		return parse("judges", text, (n, parts) -> new ContestDetails.Judge(parts[0],
				(parts.length > 1 && !parts[1].isBlank()) ? parts[1] : null));
	}

	public static Parsed<ContestDetails.Criterion> criteria(String text) {
		return parse("criteria", text, (n, parts) -> {
			BigDecimal max = (parts.length > 1) ? number(parts[1]) : null;
			if (max == null) {
				throw new IllegalArgumentException("contest.criteria.maxPoints");
			}
			return new ContestDetails.Criterion(parts[0], max);
		});
	}

	/** The lines of a list as the form shows them. */
	public static String roundsText(List<ContestDetails.Round> rounds) {
		return String.join("\n", rounds.stream()
			.map((r) -> r.name()
					+ ((r.heldOn() != null) ? "; " + r.heldOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) : ""))
			.toList());
	}

	public static String judgesText(List<ContestDetails.Judge> judges) {
		return String.join("\n",
				judges.stream().map((j) -> j.fullName() + ((j.title() != null) ? "; " + j.title() : "")).toList());
	}

	public static String criteriaText(List<ContestDetails.Criterion> criteria) {
		return String.join("\n",
				criteria.stream()
					.map((c) -> c.name() + "; " + c.maxPoints().stripTrailingZeros().toPlainString())
					.toList());
	}

	/** Points as people type them: "7,5" or "7.5"; null when not a number. */
	public static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		try {
			return (t.contains("-")) ? LocalDate.parse(t) : LocalDate.parse(t, DAY);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <T> Parsed<T> parse(String field, String text, BiFunction<Integer, String[], T> reader) {
		List<T> items = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null) {
			return new Parsed<>(items, problems);
		}
		int number = 0;
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			number++;
			String[] parts = line.split(";", -1);
			for (int i = 0; i < parts.length; i++) {
				parts[i] = parts[i].strip();
			}
			try {
				items.add(reader.apply(number, parts));
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of(field, ex.getMessage(), number));
			}
		}
		return new Parsed<>(items, problems);
	}

}
