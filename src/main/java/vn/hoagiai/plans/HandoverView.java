package vn.hoagiai.plans;

import java.time.LocalDate;

/** A recorded hand-over of open tasks from an ended agency to its successor. */
public record HandoverView(long id, String fromAgency, String toAgency, LocalDate effectiveDate, int taskCount) {

}
