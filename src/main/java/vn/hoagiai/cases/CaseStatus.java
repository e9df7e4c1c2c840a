package vn.hoagiai.cases;

/**
 * Where a case stands: received, being mediated, or closed with a result.
 */
public enum CaseStatus {

	RECEIVED, IN_PROGRESS, CLOSED

}
