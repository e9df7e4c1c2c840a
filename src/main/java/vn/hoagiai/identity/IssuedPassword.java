package vn.hoagiai.identity;

/**
 * A generated temporary password, to be shown once to the administrator who asked for it
 * and changed by the user at their next sign-in. Never stored or logged in clear.
 */
public record IssuedPassword(long userId, String username, String temporaryPassword) {

	@Override
	public String toString() {
		return "IssuedPassword[userId=" + this.userId + ", username=" + this.username + "]";
	}

}
