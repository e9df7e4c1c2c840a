package vn.hoagiai.cases;

import java.time.LocalDate;

/**
 * A follow-up check that is due (or soon due), for the reminder list; no personal data.
 */
public record DueFollowUp(long followUpId, long caseId, long teamId, int registerYear, int registerNumber,
		String fieldCode, LocalDate dueOn, long daysOverdue) {

}
