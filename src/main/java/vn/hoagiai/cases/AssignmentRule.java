package vn.hoagiai.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Art. 19: the leader assigns mediators of the team; a mediator with an interest in the
 * case must refuse and cannot be assigned.
 */
public final class AssignmentRule {

	private AssignmentRule() {
	}

	/**
	 * The reasons (message keys) why {@code mediatorId} cannot be assigned; empty when
	 * the assignment is allowed.
	 */
	public static List<String> check(long mediatorId, boolean declaredInterest, Set<Long> activeTeamMembers,
			Set<Long> alreadyAssigned) {
		List<String> reasons = new ArrayList<>();
		if (declaredInterest) {
			reasons.add("case.assignment.interest");
		}
		if (!activeTeamMembers.contains(mediatorId)) {
			reasons.add("case.assignment.notMember");
		}
		if (alreadyAssigned.contains(mediatorId)) {
			reasons.add("case.assignment.duplicate");
		}
		return reasons;
	}

}
