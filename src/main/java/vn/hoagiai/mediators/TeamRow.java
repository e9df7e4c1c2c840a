package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.mediators.TeamComposition.Member;
import vn.hoagiai.mediators.TeamComposition.Result;
import vn.hoagiai.mediators.TeamComposition.Team;
import vn.hoagiai.shared.UnitId;

/**
 * A team in a list, with the counts its compliance depends on.
 */
public record TeamRow(long id, String name, UnitId unitId, String unitName, TeamStatus status, Integer quota,
		boolean ethnicMinorityArea, boolean typicalModel, int members, int women, int ethnicMinority, int leaders,
		Integer lastReviewYear) {

	/**
	 * The composition rules applied to the counts (the same rules as for a team page).
	 */
	public Result composition() {
		List<Member> synthetic = new ArrayList<>();
		for (int i = 0; i < this.members; i++) {
			Sex sex = (i < this.women) ? Sex.FEMALE : Sex.MALE;
			boolean minority = i < this.ethnicMinority;
			TeamRole role = (i < this.leaders) ? TeamRole.LEADER : TeamRole.MEMBER;
			synthetic.add(new Member(sex, minority, role));
		}
		return TeamComposition.check(new Team(this.ethnicMinorityArea, this.quota, synthetic));
	}

}
