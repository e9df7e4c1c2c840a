package vn.hoagiai.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Instants as the users see them: Vietnam's local time.
 */
final class LocalTimes {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private LocalTimes() {
	}

	static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, VIETNAM) : null;
	}

	static LocalDateTime local(long epochMillis) {
		return local(Instant.ofEpochMilli(epochMillis));
	}

	/** The first instant after the end of {@code day} in Vietnam. */
	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
	}

}
