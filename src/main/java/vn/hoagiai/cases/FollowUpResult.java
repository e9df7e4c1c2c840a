package vn.hoagiai.cases;

/**
 * What a follow-up check found of the agreement: carried out, partly, or not.
 */
public enum FollowUpResult {

	CARRIED_OUT, PARTLY, NOT_CARRIED_OUT

}
