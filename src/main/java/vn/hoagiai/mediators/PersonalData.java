package vn.hoagiai.mediators;

import java.util.EnumSet;
import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.Viewer;

/**
 * Who may see a mediator's sensitive fields (ethnicity, phone): those who manage the
 * team. Partners, the province and fellow mediators see lists and aggregates without
 * them.
 */
final class PersonalData {

	static final Set<Role> ALLOWED = EnumSet.of(Role.ADMIN, Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER,
			Role.TEAM_LEADER);

	private PersonalData() {
	}

	static boolean visibleTo(Viewer viewer) {
		return viewer.roles().stream().anyMatch(ALLOWED::contains);
	}

}
