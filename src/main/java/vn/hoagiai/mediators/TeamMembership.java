package vn.hoagiai.mediators;

import java.util.Set;

import vn.hoagiai.shared.UnitId;

/**
 * What other modules need to know of a team to work with it: its village, whether it is
 * active, and which mediators serve in it now. Carries no personal data.
 */
public record TeamMembership(long teamId, UnitId unitId, TeamStatus status, Set<Long> activeMediatorIds) {

	public TeamMembership {
		activeMediatorIds = Set.copyOf(activeMediatorIds);
	}

}
