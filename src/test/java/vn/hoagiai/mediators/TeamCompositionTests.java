package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.mediators.TeamComposition.Finding;
import vn.hoagiai.mediators.TeamComposition.Member;
import vn.hoagiai.mediators.TeamComposition.Result;
import vn.hoagiai.mediators.TeamComposition.Severity;
import vn.hoagiai.mediators.TeamComposition.Team;

import static org.assertj.core.api.Assertions.assertThat;

class TeamCompositionTests {

	private static final Member WOMAN_LEADER = new Member(Sex.FEMALE, false, TeamRole.LEADER);

	private static final Member MAN = new Member(Sex.MALE, false, TeamRole.MEMBER);

	private static final Member TAY_MAN = new Member(Sex.MALE, true, TeamRole.MEMBER);

	@Test
	void fiveMediatorsWithAWomanAndALeaderMeetTheLaw() {
		Result result = TeamComposition.check(team(false, null, WOMAN_LEADER, MAN, MAN, MAN, MAN));

		assertThat(result.meetsLaw()).isTrue();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void rejectsTeamWithFewerThanThreeMediators() {
		Result result = TeamComposition.check(team(false, null, WOMAN_LEADER, MAN));

		assertThat(result.meetsLaw()).isFalse();
		assertThat(codes(result)).containsExactly("tooFew");
		assertThat(result.failures().get(0).args()).containsExactly(2, 3);
	}

	@Test
	void warnsButAcceptsTeamUnderFive() {
		Result result = TeamComposition.check(team(false, null, WOMAN_LEADER, MAN, MAN));

		assertThat(result.meetsLaw()).isTrue();
		assertThat(result.warnings()).extracting(Finding::code).containsExactly("fewerThanRecommended");
	}

	@Test
	void rejectsTeamWithoutWoman() {
		Result result = TeamComposition
			.check(team(false, null, new Member(Sex.MALE, false, TeamRole.LEADER), MAN, MAN, MAN, MAN));

		assertThat(codes(result)).containsExactly("noWoman");
	}

	@Test
	void rejectsTeamWithoutEthnicMinorityMemberInFlaggedVillage() {
		Result result = TeamComposition.check(team(true, null, WOMAN_LEADER, MAN, MAN, MAN, MAN));

		assertThat(codes(result)).containsExactly("noEthnicMinority");
	}

	@Test
	void acceptsEthnicMinorityMemberInFlaggedVillage() {
		assertThat(TeamComposition.check(team(true, null, WOMAN_LEADER, TAY_MAN, MAN, MAN, MAN)).meetsLaw()).isTrue();
	}

	@Test
	void doesNotRequireEthnicMinorityOutsideFlaggedVillages() {
		assertThat(TeamComposition.check(team(false, null, WOMAN_LEADER, MAN, MAN, MAN, MAN)).meetsLaw()).isTrue();
	}

	@Test
	void rejectsTeamWithoutLeader() {
		Result result = TeamComposition
			.check(team(false, null, new Member(Sex.FEMALE, false, TeamRole.MEMBER), MAN, MAN, MAN, MAN));

		assertThat(codes(result)).containsExactly("noLeader");
	}

	@Test
	void rejectsTeamWithTwoLeaders() {
		Result result = TeamComposition
			.check(team(false, null, WOMAN_LEADER, new Member(Sex.MALE, false, TeamRole.LEADER), MAN, MAN, MAN));

		assertThat(codes(result)).containsExactly("severalLeaders");
	}

	@Test
	void rejectsMoreMediatorsThanTheChairmanFixed() {
		Result result = TeamComposition.check(team(false, 5, WOMAN_LEADER, MAN, MAN, MAN, MAN, MAN));

		assertThat(codes(result)).containsExactly("overQuota");
		assertThat(result.failures().get(0).args()).containsExactly(6, 5);
	}

	@Test
	void reportsEveryReasonAtOnce() {
		Result result = TeamComposition.check(team(true, 1, MAN, MAN));

		assertThat(codes(result)).containsExactlyInAnyOrder("tooFew", "noWoman", "noEthnicMinority", "noLeader",
				"overQuota");
		assertThat(result.findings()).allMatch((f) -> f.severity() == Severity.FAILURE);
	}

	@Test
	void emptyTeamFailsWithoutErrors() {
		assertThat(codes(TeamComposition.check(new Team(false, null, List.of())))).containsExactly("tooFew", "noWoman",
				"noLeader");
	}

	private static Team team(boolean ethnicArea, Integer quota, Member... members) {
		return new Team(ethnicArea, quota, new ArrayList<>(List.of(members)));
	}

	private static List<String> codes(Result result) {
		return result.failures().stream().map(Finding::code).toList();
	}

}
