package vn.hoagiai.plans;

import java.util.List;

import vn.hoagiai.organization.AgencyView;

/**
 * "My agency's tasks" for a year: the agencies of the viewer's unit (users act for the
 * agencies of their unit), the one chosen (null: all of them), the task years they lead
 * and coordinate, and the reminders (their led tasks overdue or due within 30 days).
 */
public record MyTasks(int year, List<AgencyView> agencies, Long agencyId, List<TaskYearView> leading,
		List<TaskYearView> coordinating, Attention reminders) {

}
