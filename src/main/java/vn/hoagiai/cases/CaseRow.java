package vn.hoagiai.cases;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * A case in a list: its register row and state, without personal data.
 */
public record CaseRow(long id, long teamId, UnitId unitId, int registerYear, int registerNumber, LocalDate receivedOn,
		String fieldCode, CaseStatus status, CaseResult result, boolean privateMediation, int parties) {

}
