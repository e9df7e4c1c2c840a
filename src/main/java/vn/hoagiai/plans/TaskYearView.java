package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's year: the status shown ({@code status}, which may be overdue or not due) and
 * the one recorded, due date, note, person responsible, date done, evidence, the task's
 * current lead agencies, and whether the viewer may record progress.
 */
public record TaskYearView(long id, long planId, String planTitle, long taskId, String taskCode, String taskTitle,
		int year, YearStatus status, YearStatus recorded, boolean due, LocalDate dueOn, String note, String responsible,
		LocalDate doneOn, long version, List<EvidenceView> evidence, List<AgencyRef> leads, boolean editable) {

}
