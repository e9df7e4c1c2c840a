package vn.hoagiai.plans;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/** A survey of a unit: title, audience, the days it is open, the plan it serves. */
public record SurveyDetails(UnitId unitId, Long planId, String title, SurveyAudience audience, LocalDate opensOn,
		LocalDate closesOn) {

}
