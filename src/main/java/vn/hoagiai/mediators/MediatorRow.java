package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * A mediator in a list; {@code ethnicity} and {@code phone} are null for viewers who may
 * not see them.
 */
public record MediatorRow(long id, String fullName, Sex sex, Integer birthYear, String ethnicity, String phone,
		Background background, MediatorStatus status, Long teamId, String teamName, TeamRole role, UnitId unitId,
		String unitName) {

}
