package vn.hoagiai.plans;

import java.time.LocalDate;

/** A recommendation with the unit inspected and whether it is overdue today. */
public record RecommendationView(long id, long inspectionId, String unitName, String text, String owner,
		LocalDate dueOn, RecommendationStatus status, boolean overdue, LocalDate closedOn, String closingNote,
		long version) {

}
