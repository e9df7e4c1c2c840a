package vn.hoagiai.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.RequestContext;
import vn.hoagiai.shared.Viewer;

/**
 * The signed-in user's own account: their profile, their password and their language.
 */
@Service
public class Accounts {

	static final String WRONG_CURRENT = "identity.password.error.current";

	static final String SAME_AS_CURRENT = "identity.password.error.same";

	private final UserAccountRepository users;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final UnitNames units;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	Accounts(UserAccountRepository users, PasswordPolicy policy, PasswordEncoder encoder, UnitNames units,
			LoginThrottle throttle, AuditTrail audit, Clock clock, JdbcClient jdbc) {
		this.users = users;
		this.policy = policy;
		this.encoder = encoder;
		this.units = units;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * The sign-in account named {@code username} as the rest of the application sees a
	 * user, for linking it to a record of another module (a mediator's own account).
	 */
	@Transactional(readOnly = true)
	public Optional<Viewer> account(String username) {
		return this.users.findByUsername(username).map(UserAccount::viewer);
	}

	/**
	 * Who the current user is, for API clients: two primary-key reads and no transaction,
	 * as the smallest authenticated answer should be.
	 */
	public Caller caller() {
		Viewer viewer = CurrentViewer.require();
		String displayName = this.jdbc.sql("select display_name from idn_user where id = :id")
			.param("id", viewer.userId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFound("User", viewer.userId()));
		return new Caller(viewer.username(), displayName, viewer.roles(), viewer.unitId(),
				this.units.nameOf(viewer.unitId()));
	}

	/** The current user's profile. */
	@Transactional(readOnly = true)
	public AccountProfile profile() {
		UserAccount account = current();
		return new AccountProfile(account.getId(), account.getUsername(), account.getDisplayName(), account.getUnitId(),
				this.units.nameOf(account.getUnitId()), account.getRoles(), account.getLocale(),
				account.isMustChangePassword(), LocalTimes.local(account.getLastLoginAt()));
	}

	/**
	 * Replaces the current user's password. The current password must be given (wrong
	 * guesses count toward the sign-in lockout); the new one must satisfy the
	 * {@link PasswordPolicy} and differ from the current one.
	 * @throws BusinessRuleViolation on field {@code currentPassword}
	 * @throws PasswordRefused on field {@code newPassword}, with every reason
	 */
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		UserAccount account = current();
		checkCurrent(account, currentPassword);
		List<String> reasons = new ArrayList<>(this.policy.check(newPassword, this.units.contextOf(account)));
		if (reasons.isEmpty() && this.encoder.matches(newPassword, account.getPasswordHash())) {
			reasons.add(SAME_AS_CURRENT);
		}
		if (!reasons.isEmpty()) {
			throw new PasswordRefused("newPassword", reasons);
		}
		account.changePassword(this.encoder.encode(newPassword));
		this.audit.record(AuditAction.UPDATE, "User", account.getId(), account.getUnitId(),
				Changes.none().note("password", "changed by owner"));
	}

	/** Keeps {@code language} ("vi" or "en") as the current user's language. */
	@Transactional
	public void setLocale(String language) {
		String chosen = UserLocaleResolver.SUPPORTED.contains(language) ? language : "vi";
		CurrentViewer.find().flatMap((viewer) -> this.users.findById(viewer.userId())).ifPresent((account) -> {
			String before = account.getLocale();
			account.setLocale(chosen);
			this.audit.updated("User", account.getId(), account.getUnitId(), Changes.of("locale", before, chosen));
		});
	}

	private void checkCurrent(UserAccount account, String currentPassword) {
		String address = String.valueOf(MDC.get(RequestContext.CLIENT_ADDRESS));
		Instant now = this.clock.instant();
		if (this.throttle.isBlocked(account.getUsername(), address, now)
				|| !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			this.throttle.record(account.getUsername(), address, false, now);
			throw BusinessRuleViolation.onField("currentPassword", WRONG_CURRENT);
		}
	}

	private UserAccount current() {
		Viewer viewer = CurrentViewer.require();
		return this.users.findById(viewer.userId()).orElseThrow(() -> new RecordNotFound("User", viewer.userId()));
	}

}
