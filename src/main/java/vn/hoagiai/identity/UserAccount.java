package vn.hoagiai.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Timestamped;

/**
 * A person who signs in. Never deleted: deactivated with a reason.
 */
@Entity
@Table(name = "idn_user")
class UserAccount extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new LinkedHashSet<>();

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "demo_password", nullable = false)
	private boolean demoPassword;

	@Column(nullable = false)
	private String locale = "vi";

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "deactivated_at")
	private Instant deactivatedAt;

	@Column(name = "deactivation_reason")
	private String deactivationReason;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, UnitId unit, Set<Role> roles, String passwordHash) {
		if (roles.isEmpty()) {
			throw BusinessRuleViolation.onField("roles", "identity.error.noRole");
		}
		this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
		this.displayName = VietnameseText.clean(displayName);
		this.unitId = unit.value();
		this.roles = EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	Viewer viewer() {
		return new Viewer(this.id, this.username, UnitId.of(this.unitId), this.roles);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.demoPassword = false;
	}

	/**
	 * An administrator set a temporary password that must be changed at the next sign-in.
	 */
	void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		this.demoPassword = false;
	}

	void markDemoPassword() {
		this.demoPassword = true;
		this.mustChangePassword = false;
	}

	void update(String displayName, UnitId unit, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw BusinessRuleViolation.onField("roles", "identity.error.noRole");
		}
		this.displayName = VietnameseText.clean(displayName);
		this.unitId = unit.value();
		this.roles = EnumSet.copyOf(roles);
	}

	void deactivate(String reason) {
		this.active = false;
		this.deactivatedAt = Instant.now();
		this.deactivationReason = reason;
	}

	void reactivate() {
		this.active = true;
		this.deactivatedAt = null;
		this.deactivationReason = null;
	}

	void setLocale(String locale) {
		this.locale = locale;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	boolean isActive() {
		return this.active;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	boolean isDemoPassword() {
		return this.demoPassword;
	}

	String getLocale() {
		return this.locale;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	Instant getDeactivatedAt() {
		return this.deactivatedAt;
	}

	String getDeactivationReason() {
		return this.deactivationReason;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return createdAt();
	}

}
