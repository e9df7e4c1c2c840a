package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.mediators.TeamComposition.Result;
import vn.hoagiai.shared.UnitId;

/**
 * A team with its members, its compliance with the law and its yearly reviews.
 */
public record TeamView(long id, UnitId unitId, String unitName, boolean ethnicMinorityArea, TeamDetails details,
		TeamStatus status, LocalDate dissolvedOn, String dissolutionReason, boolean typicalModel,
		String typicalModelDecision, Integer typicalModelYear, long version, List<MemberView> members,
		Result composition, List<ReviewView> reviews) {

	public boolean reviewedIn(int year) {
		return this.reviews.stream().anyMatch((r) -> r.year() == year);
	}

}
