package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection visit: the unit (and team, if one) visited, the plan it serves, the day,
 * the inspectors and their agencies, what was checked, and the findings.
 */
public record InspectionDetails(vn.hoagiai.shared.UnitId unitId, Long planId, Long teamId, LocalDate visitedOn,
		String inspectors, List<Long> agencyIds, String checked, String findings) {

	public InspectionDetails {
		agencyIds = (agencyIds != null) ? List.copyOf(agencyIds) : List.of();
	}

}
