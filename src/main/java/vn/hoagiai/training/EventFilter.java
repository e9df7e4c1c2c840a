package vn.hoagiai.training;

import java.time.LocalDate;

/**
 * Criteria for listing training events; every field is optional. {@code q} matches titles
 * without regard to accents.
 */
public record EventFilter(String q, EventKind kind, LocalDate from, LocalDate to) {

	public static EventFilter all() {
		return new EventFilter(null, null, null, null);
	}

}
