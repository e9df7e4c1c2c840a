package vn.hoagiai.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

/**
 * The principal kept in the session: small and serialisable (it keeps the viewer's parts,
 * not the {@link Viewer}, which is not serialisable); the password hash is erased once
 * the sign-in is checked.
 */
final class SignedInUser implements UserDetails, ViewerAware, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final long unitId;

	private final Set<Role> roles;

	private final String displayName;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String password;

	SignedInUser(Viewer viewer, String displayName, String password, boolean enabled, boolean mustChangePassword) {
		this.userId = viewer.userId();
		this.username = viewer.username();
		this.unitId = viewer.unitId().value();
		this.roles = Set.copyOf(viewer.roles());
		this.displayName = displayName;
		this.password = password;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	static SignedInUser of(UserAccount account) {
		return new SignedInUser(account.viewer(), account.getDisplayName(), account.getPasswordHash(),
				account.isActive(), account.isMustChangePassword());
	}

	@Override
	public Viewer viewer() {
		return new Viewer(this.userId, this.username, UnitId.of(this.unitId), this.roles);
	}

	String displayName() {
		return this.displayName;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	SignedInUser passwordChanged() {
		return new SignedInUser(viewer(), this.displayName, null, this.enabled, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((r) -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

}
