package vn.hoagiai.indicators;

import java.util.Map;
import java.util.TreeMap;

/**
 * The raw counts behind the indicators for one unit, a team or a whole subtree; added up
 * from the communes below. Mutable while it is being summed, then only read.
 */
final class Tally {

	long teams;

	long consolidated;

	long teamsTooSmall;

	long missingMembers;

	long teamsWithoutWoman;

	long teamsWithoutMinority;

	long teamsLeaderProblem;

	long teamsOverQuota;

	long teamsWithLegalProfessional;

	long mediators;

	long women;

	long ethnicMinority;

	long casesReceived;

	long successful;

	long unsuccessful;

	long inProgress;

	long referred;

	long lateStarts;

	long communes;

	long typicalCommunes;

	long provinceTrainers;

	long districtTrainers;

	/** Null while no training source is present. */
	Long trained;

	Long materialUsers;

	final Map<String, Long> casesByField = new TreeMap<>();

	void add(Tally other) {
		this.teams += other.teams;
		this.consolidated += other.consolidated;
		this.teamsTooSmall += other.teamsTooSmall;
		this.missingMembers += other.missingMembers;
		this.teamsWithoutWoman += other.teamsWithoutWoman;
		this.teamsWithoutMinority += other.teamsWithoutMinority;
		this.teamsLeaderProblem += other.teamsLeaderProblem;
		this.teamsOverQuota += other.teamsOverQuota;
		this.teamsWithLegalProfessional += other.teamsWithLegalProfessional;
		this.mediators += other.mediators;
		this.women += other.women;
		this.ethnicMinority += other.ethnicMinority;
		this.casesReceived += other.casesReceived;
		this.successful += other.successful;
		this.unsuccessful += other.unsuccessful;
		this.inProgress += other.inProgress;
		this.referred += other.referred;
		this.lateStarts += other.lateStarts;
		this.communes += other.communes;
		this.typicalCommunes += other.typicalCommunes;
		this.provinceTrainers += other.provinceTrainers;
		this.districtTrainers += other.districtTrainers;
		this.trained = sum(this.trained, other.trained);
		this.materialUsers = sum(this.materialUsers, other.materialUsers);
		other.casesByField.forEach((field, n) -> this.casesByField.merge(field, n, Long::sum));
	}

	private static Long sum(Long a, Long b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a + b;
	}

}
