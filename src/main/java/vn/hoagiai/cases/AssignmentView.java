package vn.hoagiai.cases;

import java.time.Instant;

/**
 * A mediator assigned to a case, and when.
 */
public record AssignmentView(long mediatorId, Instant assignedAt) {

}
