package vn.hoagiai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lockout on the real schema: failures counted in the database, per username and per
 * client address, with the default limits (5 in 15 minutes lock for 15 minutes; 50 per
 * address).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:thr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EnableConfigurationProperties(IdentityProperties.class)
@Import({ LoginThrottle.class, AuditTrail.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottleTests {

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	private static final String ADDRESS = "192.0.2.10";

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void forgetAttempts() {
		this.jdbc.sql("delete from idn_login_attempt").update();
	}

	@Test
	void fourFailuresDoNotLock() {
		fail("an", 4, T0, Duration.ofMinutes(1));
		assertThat(blocked("an", T0.plusSeconds(300))).isFalse();
	}

	@Test
	void fifthFailureLocks() {
		fail("an", 5, T0, Duration.ofMinutes(1));
		assertThat(blocked("an", T0.plusSeconds(300))).isTrue();
	}

	@Test
	void lockLastsFifteenMinutesThenLifts() {
		fail("an", 5, T0, Duration.ofSeconds(10));
		Instant last = T0.plusSeconds(40);
		assertThat(blocked("an", last.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(blocked("an", last.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void successResetsTheCount() {
		fail("an", 4, T0, Duration.ofSeconds(10));
		this.throttle.record("an", ADDRESS, true, T0.plusSeconds(50));
		fail("an", 4, T0.plusSeconds(60), Duration.ofSeconds(10));
		assertThat(blocked("an", T0.plusSeconds(120))).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() {
		fail("an", 5, T0, Duration.ofMinutes(4));
		assertThat(blocked("an", T0.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void otherUsernamesAreNotLockedByOnesFailures() {
		fail("an", 5, T0, Duration.ofSeconds(1));
		assertThat(blocked("binh", T0.plusSeconds(10))).isFalse();
	}

	@Test
	void addressIsThrottledAfterFiftyFailures() {
		for (int i = 0; i < 49; i++) {
			this.throttle.record("user" + i, ADDRESS, false, T0.plusSeconds(i));
		}
		assertThat(this.throttle.isBlocked("fresh", ADDRESS, T0.plusSeconds(60))).isFalse();
		this.throttle.record("user49", ADDRESS, false, T0.plusSeconds(49));
		assertThat(this.throttle.isBlocked("fresh", ADDRESS, T0.plusSeconds(60))).isTrue();
		assertThat(this.throttle.isBlocked("fresh", "198.51.100.7", T0.plusSeconds(60))).isFalse();
	}

	@Test
	void nonexistentUsernamesLockTheSameWay() {
		MutableClock clock = new MutableClock(T0);
		AuthenticationProvider provider = provider(clock);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> provider.authenticate(attempt("khong.co.ai", "sai-mat-khau")))
				.isInstanceOf(BadCredentialsException.class)
				.hasMessage("bad credentials");
			clock.advance(Duration.ofSeconds(5));
		}
		assertThatThrownBy(() -> provider.authenticate(attempt("khong.co.ai", "sai-mat-khau")))
			.isInstanceOf(BadCredentialsException.class)
			.hasMessage("locked");
	}

	@Test
	void lockedRealUserIsRefusedEvenWithTheRightPasswordUntilTheLockLifts() {
		MutableClock clock = new MutableClock(T0);
		AuthenticationProvider provider = provider(clock);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> provider.authenticate(attempt("thu", "sai-mat-khau")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(() -> provider.authenticate(attempt("thu", "dung-mat-khau-roi")))
			.isInstanceOf(BadCredentialsException.class)
			.hasMessage("locked");
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(provider.authenticate(attempt("thu", "dung-mat-khau-roi")).isAuthenticated()).isTrue();
	}

	private AuthenticationProvider provider(Clock clock) {
		UserDetailsService users = new InMemoryUserDetailsManager(
				User.withUsername("thu").password("{noop}dung-mat-khau-roi").roles("MEDIATOR").build());
		return new ThrottledAuthenticationProvider(new DaoAuthenticationProvider(users), this.throttle, this.audit,
				clock);
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	private void fail(String username, int times, Instant start, Duration gap) {
		for (int i = 0; i < times; i++) {
			this.throttle.record(username, ADDRESS + "-" + username, false, start.plus(gap.multipliedBy(i)));
		}
	}

	private boolean blocked(String username, Instant now) {
		return this.throttle.isBlocked(username, ADDRESS + "-" + username, now);
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
