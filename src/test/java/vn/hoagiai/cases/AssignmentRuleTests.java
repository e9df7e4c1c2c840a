package vn.hoagiai.cases;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRuleTests {

	private static final Set<Long> TEAM = Set.of(1L, 2L, 3L);

	@Test
	void activeTeamMemberWithoutInterestMayBeAssigned() {
		assertThat(AssignmentRule.check(2L, false, TEAM, Set.of())).isEmpty();
	}

	@Test
	void refusesMediatorWhoDeclaredAnInterest() {
		assertThat(AssignmentRule.check(2L, true, TEAM, Set.of())).containsExactly("case.assignment.interest");
	}

	@Test
	void refusesMediatorOfAnotherTeam() {
		assertThat(AssignmentRule.check(9L, false, TEAM, Set.of())).containsExactly("case.assignment.notMember");
	}

	@Test
	void refusesMediatorAlreadyAssigned() {
		assertThat(AssignmentRule.check(1L, false, TEAM, Set.of(1L))).containsExactly("case.assignment.duplicate");
	}

}
