package vn.hoagiai.cases;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Whether a viewer may read a case's content and parties: the rule of
 * {@link CasePrivacy}, for the module's documents and lists that print many cases and
 * mask the ones the viewer may not open.
 */
public final class CaseAccess {

	private CaseAccess() {
	}

	/**
	 * @param assignedToViewer whether the viewer's own mediator record (see
	 * {@code MediatorAccounts}) is assigned to the case
	 */
	public static boolean mayOpen(Viewer viewer, UnitId caseUnit, boolean privateMediation, boolean assignedToViewer) {
		return CasePrivacy.mayOpen(viewer, caseUnit, privateMediation, assignedToViewer);
	}

}
