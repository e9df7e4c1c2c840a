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
		assertThat(CasePrivacy.mayOpen(viewer(Role.COMMUNE_OFFICER, UnitId.of(1)), VILLAGE, true, false)).isTrue();
	}

	@Test
	void leaderOfTheTeamsVillageOpensAPublicCaseButNotAPrivateOneHeIsNotAssignedTo() {
		Viewer leader = viewer(Role.TEAM_LEADER, VILLAGE);

		assertThat(CasePrivacy.mayOpen(leader, VILLAGE, false, false)).isTrue();
		assertThat(CasePrivacy.mayOpen(leader, VILLAGE, true, false)).isFalse();
		assertThat(CasePrivacy.mayOpen(leader, VILLAGE, true, true)).isTrue();
	}

	@Test
	void onlyAnAssignedMediatorOpensACaseEvenAPrivateOne() {
		Viewer mediator = viewer(Role.MEDIATOR, VILLAGE);

		assertThat(CasePrivacy.mayOpen(mediator, VILLAGE, false, false)).isFalse();
		assertThat(CasePrivacy.mayOpen(mediator, VILLAGE, true, true)).isTrue();
		assertThat(CasePrivacy.assignedRowsOnly(mediator)).isTrue();
	}

	@Test
	void mediatorOfAnotherVillageCannotOpenACase() {
		assertThat(CasePrivacy.mayOpen(viewer(Role.MEDIATOR, OTHER_VILLAGE), VILLAGE, false, false)).isFalse();
	}

	@Test
	void officersAboveTheCommuneAndAdministratorsSeeCountsOnly() {
		for (Role role : new Role[] { Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER, Role.ADMIN }) {
			Viewer viewer = viewer(role, UnitId.of(0));

			assertThat(CasePrivacy.mayOpen(viewer, VILLAGE, false, false)).as(role.name()).isFalse();
			assertThat(CasePrivacy.seesRows(viewer)).as(role.name()).isFalse();
		}
	}

	@Test
	void partnerSeesCountsOnly() {
		Viewer partner = viewer(Role.PARTNER, UnitId.of(0));

		assertThat(CasePrivacy.mayOpen(partner, VILLAGE, false, false)).isFalse();
		assertThat(CasePrivacy.seesRows(partner)).isFalse();
	}

	private static Viewer viewer(Role role, UnitId unit) {
		return new Viewer(1, "user", unit, Set.of(role));
	}

}
