package vn.hoagiai.cases;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class CasePrivacyTests {

	private static final UnitId VILLAGE = UnitId.of(10);

	private static final UnitId OTHER_VILLAGE = UnitId.of(11);

	@Test
	void communeOfficerOpensAPrivateMediation() {
		assertThat(CasePrivacy.mayOpen(viewer(Role.COMMUNE_OFFICER, UnitId.of(1)), VILLAGE, true)).isTrue();
	}

	@Test
	void leaderOfTheTeamsVillageOpensAPrivateMediation() {
		assertThat(CasePrivacy.mayOpen(viewer(Role.TEAM_LEADER, VILLAGE), VILLAGE, true)).isTrue();
	}

	@Test
	void mediatorOfAnotherVillageCannotOpenACase() {
		assertThat(CasePrivacy.mayOpen(viewer(Role.MEDIATOR, OTHER_VILLAGE), VILLAGE, false)).isFalse();
	}

	@Test
	void districtOfficerOpensAPublicCaseButNotAPrivateOne() {
		Viewer district = viewer(Role.DISTRICT_OFFICER, UnitId.of(0));

		assertThat(CasePrivacy.mayOpen(district, VILLAGE, false)).isTrue();
		assertThat(CasePrivacy.mayOpen(district, VILLAGE, true)).isFalse();
	}

	@Test
	void partnerSeesCountsOnly() {
		assertThat(CasePrivacy.mayOpen(viewer(Role.PARTNER, UnitId.of(0)), VILLAGE, false)).isFalse();
	}

	private static Viewer viewer(Role role, UnitId unit) {
		return new Viewer(1, "user", unit, Set.of(role));
	}

}
