package vn.hoagiai.identity;

import java.util.List;

/**
 * What a password must not contain for one person.
 *
 * @param unitNames names of the person's unit and of every unit above it
 */
record PasswordContext(String username, String displayName, List<String> unitNames) {

	PasswordContext {
		unitNames = List.copyOf(unitNames);
	}

}
