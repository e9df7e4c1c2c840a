package vn.hoagiai.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in failures in the database, so that a lock holds across instances: the
 * configured number of failures for one username within the window locks it for the lock
 * duration, whether or not the account exists; many failures from one client address
 * throttle that address the same way.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	LoginThrottle(JdbcClient jdbc, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	boolean isBlocked(String username, String clientAddress, Instant now) {
		return isLocked("username", username, this.properties.maxFailures(), now)
				|| isLocked("client_address", clientAddress, this.properties.maxAddressFailures(), now);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String username, String clientAddress, boolean success, Instant now) {
		this.jdbc
			.sql("insert into idn_login_attempt (username, client_address, success, attempted_at) "
					+ "values (:u, :a, :s, :t)")
			.param("u", username)
			.param("a", clientAddress)
			.param("s", success)
			.param("t", utc(now))
			.update();
	}

	/**
	 * Locked when {@code limit} failures since the last success fall within the window
	 * and the last of them is more recent than the lock duration.
	 */
	private boolean isLocked(String column, String value, int limit, Instant now) {
		Instant since = now.minus(this.properties.failureWindow()).minus(this.properties.lockDuration());
		List<Timestamp> failures = this.jdbc
			.sql("select attempted_at from idn_login_attempt where " + column
					+ " = :v and success = false and attempted_at > :since and attempted_at > coalesce("
					+ "(select max(s.attempted_at) from idn_login_attempt s where s." + column
					+ " = :v and s.success = true), :since) order by attempted_at desc")
			.param("v", value)
			.param("since", utc(since))
			.query(Timestamp.class)
			.list();
		for (int newest = 0; newest + limit - 1 < failures.size(); newest++) {
			Instant last = instant(failures.get(newest));
			Instant first = instant(failures.get(newest + limit - 1));
			boolean inWindow = !first.plus(this.properties.failureWindow()).isBefore(last);
			if (inWindow && last.plus(this.properties.lockDuration()).isAfter(now)) {
				return true;
			}
		}
		return false;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int purgeBefore(Instant cutoff) {
		return this.jdbc.sql("delete from idn_login_attempt where attempted_at < :t").param("t", utc(cutoff)).update();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
