package vn.hoagiai.cases;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Who may open a case record (Art. 4 confidentiality; Decree 13/2023 on personal data).
 * Partners and trainers see counts only. A private mediation opens only to
 * administrators, commune officers and the team's own leader and mediators; until user
 * accounts are linked to mediators, the team's own are the leaders and mediators of the
 * team's village.
 */
final class CasePrivacy {

	private CasePrivacy() {
	}

	static boolean mayOpen(Viewer viewer, UnitId caseUnit, boolean privateMediation) {
		if (viewer.isAdmin() || viewer.has(Role.COMMUNE_OFFICER)) {
			return true;
		}
		boolean ownTeam = (viewer.has(Role.TEAM_LEADER) || viewer.has(Role.MEDIATOR))
				&& caseUnit.equals(viewer.unitId());
		if (privateMediation) {
			return ownTeam;
		}
		return ownTeam || viewer.has(Role.DISTRICT_OFFICER) || viewer.has(Role.PROVINCE_OFFICER);
	}

}
