package vn.hoagiai.cases;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * A case was closed with a result; published for the indicators and reports. Carries no
 * personal data.
 */
public record CaseClosed(long caseId, UnitId unit, long teamId, String fieldCode, CaseResult result,
		LocalDate receivedOn, LocalDate closedOn) {

}
