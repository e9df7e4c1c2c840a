package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an ISO date typed by a user; anything else is no date rather than an error page.
 */
final class AsOf {

	private AsOf() {
	}

	static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static boolean isInvalid(String text) {
		return text != null && !text.isBlank() && parse(text).isEmpty();
	}

}
