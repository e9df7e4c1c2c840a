package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.shared.UnitId;

/**
 * A mediator's record. When {@code personalVisible} is false the details carry no
 * ethnicity and no phone, and {@code account} (the mediator's own sign-in account) is
 * {@code null}.
 */
public record MediatorView(long id, MediatorDetails details, String ethnicityName, MediatorStatus status,
		DismissalGround dismissalGround, String dismissalDecision, LocalDate dismissalDate, Long teamId,
		String teamName, TeamRole role, UnitId unitId, long version, List<MembershipView> history,
		boolean personalVisible, String account) {

}
