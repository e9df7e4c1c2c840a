package vn.hoagiai.plans;

import java.time.MonthDay;

/**
 * A task as the plan writes it: code (1.1, 2, 3.2...), its group (the numbered heading),
 * title, time frame, the day of the year its work is due (31 December when null), the
 * expected output, and the "other bodies concerned" the plan names without listing them.
 */
public record TaskDetails(String code, String groupCode, String groupTitle, String title, TimeFrame frame,
		MonthDay dueDay, String expectedOutput, String othersNote) {

}
