package vn.hoagiai.cases;

/**
 * The outcome recorded in the register book.
 */
public enum CaseResult {

	SUCCESSFUL, UNSUCCESSFUL, WITHDRAWN, REFERRED

}
