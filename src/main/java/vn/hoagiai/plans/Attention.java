package vn.hoagiai.plans;

import java.util.List;

/** Task years past their due date and not done, and those due within the next days. */
public record Attention(int days, List<TaskYearView> overdue, List<TaskYearView> dueSoon) {

}
