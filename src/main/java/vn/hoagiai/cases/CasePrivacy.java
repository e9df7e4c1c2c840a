package vn.hoagiai.cases;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Who may open a case record (Art. 4 confidentiality; Decree 13/2023 on personal data):
 * the commune's justice officers, the team's leader and the mediators assigned to the
 * case. A private mediation opens only to the assigned mediators and the officer.
 * Everyone else (partners, trainers, officers above the commune, administrators, the
 * team's other mediators) sees counts only. The unit scope is checked separately.
 */
final class CasePrivacy {

	private CasePrivacy() {
	}

	static boolean mayOpen(Viewer viewer, UnitId caseUnit, boolean privateMediation, boolean assignedToViewer) {
		if (viewer.has(Role.COMMUNE_OFFICER)) {
			return true;
		}
		if (assignedToViewer && (viewer.has(Role.MEDIATOR) || viewer.has(Role.TEAM_LEADER))) {
			return true;
		}
		if (privateMediation) {
			return false;
		}
		return viewer.has(Role.TEAM_LEADER) && caseUnit.equals(viewer.unitId());
	}

	/**
	 * Whether the viewer works on cases and sees the register's rows (without personal
	 * data unless they may open the case); the others see counts only.
	 */
	static boolean seesRows(Viewer viewer) {
		return viewer.has(Role.COMMUNE_OFFICER) || viewer.has(Role.TEAM_LEADER) || viewer.has(Role.MEDIATOR);
	}

	/** A mediator who leads no team sees the rows of the cases assigned to them only. */
	static boolean assignedRowsOnly(Viewer viewer) {
		return viewer.has(Role.MEDIATOR) && !viewer.has(Role.COMMUNE_OFFICER) && !viewer.has(Role.TEAM_LEADER);
	}

}
