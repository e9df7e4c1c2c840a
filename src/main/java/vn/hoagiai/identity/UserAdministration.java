package vn.hoagiai.identity;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * Administrators manage accounts in the units they may see: create them with a random
 * first password, edit them against the version they loaded, reset a password, deactivate
 * with a reason and reactivate. Accounts are never deleted; every change is audited;
 * passwords never reach the audit trail or the log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	static final String RECORD = "User";

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final UserSessions sessions;

	private final AuditTrail audit;

	UserAdministration(UserAccountRepository users, PasswordEncoder encoder, UnitScope scope, UnitDirectory units,
			UserSessions sessions, AuditTrail audit) {
		this.users = users;
		this.encoder = encoder;
		this.scope = scope;
		this.units = units;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * Creates an account that must change its generated first password at first sign-in.
	 * @throws BusinessRuleViolation on field {@code username}, {@code displayName},
	 * {@code unitId} or {@code roles}
	 */
	@Transactional
	public IssuedPassword create(NewUser command) {
		String username = (command.username() != null) ? command.username().strip() : "";
		if (!USERNAME.matcher(username).matches()) {
			throw BusinessRuleViolation.onField("username", "identity.user.error.username");
		}
		if (this.users.existsByUsername(username)) {
			throw BusinessRuleViolation.onField("username", "identity.user.error.usernameTaken");
		}
		String displayName = checkedDisplayName(command.displayName());
		checkUnit(command.unitId());
		String temporary = TemporaryPasswords.generate();
		UserAccount account = new UserAccount(username, displayName, command.unitId(), command.roles(),
				this.encoder.encode(temporary));
		account.resetPassword(account.getPasswordHash());
		try {
			account = this.users.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleViolation.onField("username", "identity.user.error.usernameTaken");
		}
		this.audit.created(RECORD, account.getId(), account.getUnitId(),
				Changes.of("username", null, username)
					.personal("displayName", null, displayName)
					.field("unit", null, command.unitId())
					.field("roles", null, account.getRoles())
					.note("password", "temporary, must change"));
		return new IssuedPassword(account.getId(), username, temporary);
	}

	/**
	 * Changes the display name, unit and roles; a new unit or new roles end the user's
	 * sessions.
	 * @throws StaleVersion when someone saved the user after {@code changes.version()}
	 */
	@Transactional
	public void update(long id, UserChanges changes) {
		UserAccount account = load(id);
		if (account.getVersion() != changes.version()) {
			throw new StaleVersion(RECORD, id);
		}
		String displayName = checkedDisplayName(changes.displayName());
		if (!changes.unitId().equals(account.getUnitId())) {
			checkUnit(changes.unitId());
		}
		if (isSelf(account) && !changes.roles().contains(Role.ADMIN)) {
			throw BusinessRuleViolation.onField("roles", "identity.user.error.ownAdminRole");
		}
		Changes audited = Changes.none()
			.personal("displayName", account.getDisplayName(), displayName)
			.field("unit", account.getUnitId(), changes.unitId())
			.field("roles", account.getRoles(), Set.copyOf(changes.roles()));
		boolean scopeChanged = !changes.unitId().equals(account.getUnitId())
				|| !account.getRoles().equals(Set.copyOf(changes.roles()));
		account.update(displayName, changes.unitId(), changes.roles());
		this.audit.updated(RECORD, id, account.getUnitId(), audited);
		if (scopeChanged && !isSelf(account)) {
			// A session carries the unit and roles it signed in with: end it so that a
			// narrower scope applies at once.
			this.sessions.endAll(account.getUsername());
		}
	}

	/** A new temporary password for {@code id}; the user's sessions end. */
	@Transactional
	public IssuedPassword resetPassword(long id) {
		UserAccount account = load(id);
		String temporary = TemporaryPasswords.generate();
		account.resetPassword(this.encoder.encode(temporary));
		this.sessions.endAll(account.getUsername());
		this.audit.record(AuditAction.UPDATE, RECORD, id, account.getUnitId(),
				Changes.none().note("password", "reset by administrator, must change"));
		return new IssuedPassword(id, account.getUsername(), temporary);
	}

	/** Stops {@code id} signing in, for {@code reason}; the user's sessions end. */
	@Transactional
	public void deactivate(long id, String reason) {
		UserAccount account = load(id);
		String why = VietnameseText.clean(reason);
		if (why == null || why.isEmpty() || why.length() > 500) {
			throw BusinessRuleViolation.onField("reason", "identity.user.error.reason");
		}
		if (isSelf(account)) {
			throw BusinessRuleViolation.onField("reason", "identity.user.error.selfDeactivate");
		}
		if (account.isActive()) {
			account.deactivate(why);
			this.sessions.endAll(account.getUsername());
			this.audit.withdrawn(RECORD, id, account.getUnitId(), why);
		}
	}

	@Transactional
	public void reactivate(long id) {
		UserAccount account = load(id);
		if (!account.isActive()) {
			account.reactivate();
			this.audit.updated(RECORD, id, account.getUnitId(), Changes.of("active", false, true));
		}
	}

	private UserAccount load(long id) {
		UserAccount account = this.users.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		this.scope.requireVisible(account.getUnitId(), RECORD, id);
		return account;
	}

	private void checkUnit(UnitId unit) {
		if (unit == null || this.units.find(unit).filter((u) -> u.isValidOn(LocalDate.now())).isEmpty()) {
			throw BusinessRuleViolation.onField("unitId", "identity.user.error.unit");
		}
		this.scope.requireVisible(unit, "Unit", unit);
	}

	private static String checkedDisplayName(String displayName) {
		String name = VietnameseText.clean(displayName);
		if (name == null || name.isEmpty() || name.length() > 120) {
			throw BusinessRuleViolation.onField("displayName", "identity.user.error.displayName");
		}
		return name;
	}

	private static boolean isSelf(UserAccount account) {
		return CurrentViewer.find().map((v) -> v.userId() == account.getId()).orElse(false);
	}

}
