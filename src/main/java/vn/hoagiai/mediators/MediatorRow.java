package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * A mediator in a list. Lists carry no ethnicity and no phone: those are on the record.
 */
public record MediatorRow(long id, String fullName, Sex sex, Integer birthYear, Background background,
		MediatorStatus status, Long teamId, String teamName, TeamRole role, UnitId unitId, String unitName) {

}
