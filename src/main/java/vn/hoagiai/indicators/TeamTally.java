package vn.hoagiai.indicators;

import vn.hoagiai.mediators.TeamComposition;

/**
 * One team's state on a day and its cases in a period, as read by
 * {@link IndicatorQueries}. The composition conditions mirror {@link TeamComposition}
 * (Art. 12); a test keeps them equal to the team list's.
 */
record TeamTally(long teamId, String name, long unitId, Integer quota, boolean ethnicArea, boolean typicalModel,
		long members, long women, long minority, long leaders, long legalProfessionals) {

	boolean tooSmall() {
		return this.members < TeamComposition.MINIMUM;
	}

	boolean withoutWoman() {
		return this.women == 0;
	}

	boolean withoutMinority() {
		return this.ethnicArea && this.minority == 0;
	}

	boolean leaderProblem() {
		return this.leaders != 1;
	}

	boolean overQuota() {
		return this.quota != null && this.members > this.quota;
	}

	boolean consolidated() {
		return !tooSmall() && !withoutWoman() && !withoutMinority() && !leaderProblem() && !overQuota();
	}

	void addTo(Tally tally) {
		tally.teams++;
		tally.consolidated += consolidated() ? 1 : 0;
		tally.teamsTooSmall += tooSmall() ? 1 : 0;
		tally.missingMembers += tooSmall() ? TeamComposition.MINIMUM - this.members : 0;
		tally.teamsWithoutWoman += withoutWoman() ? 1 : 0;
		tally.teamsWithoutMinority += withoutMinority() ? 1 : 0;
		tally.teamsLeaderProblem += leaderProblem() ? 1 : 0;
		tally.teamsOverQuota += overQuota() ? 1 : 0;
		tally.teamsWithLegalProfessional += (this.legalProfessionals > 0) ? 1 : 0;
		tally.mediators += this.members;
		tally.women += this.women;
		tally.ethnicMinority += this.minority;
	}

}
