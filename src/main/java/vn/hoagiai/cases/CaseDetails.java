package vn.hoagiai.cases;

import java.time.LocalDate;

/**
 * What intake records about a case besides its parties.
 */
public record CaseDetails(LocalDate receivedOn, CaseGround ground, String fieldCode, String content,
		boolean privateMediation, boolean domesticViolence) {

}
