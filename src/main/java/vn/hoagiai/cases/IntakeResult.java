package vn.hoagiai.cases;

/**
 * The case an intake made, or for a replayed idempotency key the case the first request
 * made ({@code replayed}).
 */
public record IntakeResult(long caseId, boolean replayed) {

}
