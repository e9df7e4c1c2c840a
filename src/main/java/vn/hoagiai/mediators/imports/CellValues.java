package vn.hoagiai.mediators.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;
import vn.hoagiai.shared.spreadsheets.SheetCell;

/**
 * Turns cell text into values: whole numbers, and dates written as dd/mm/yyyy, as ISO
 * dates, or stored as Excel date numbers.
 */
final class CellValues {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private CellValues() {
	}

	/** A whole number, or empty when the cell is not one ("1970", "1970.0"). */
	static Optional<Integer> integer(SheetCell cell) {
		String text = cell.text().strip();
		try {
			double value = Double.parseDouble(text);
			if (value != Math.rint(value) || Math.abs(value) > 1_000_000_000) {
				return Optional.empty();
			}
			return Optional.of((int) value);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** A date, or empty when the cell holds none we understand. */
	static Optional<LocalDate> date(SheetCell cell) {
		String text = cell.text().strip();
		if (cell.numeric()) {
			try {
				double serial = Double.parseDouble(text);
				if (DateUtil.isValidExcelDate(serial) && serial > 1) {
					return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
				}
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
			return Optional.empty();
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	static String formatDate(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("dd/MM/uuuu").format(date) : "";
	}

}
