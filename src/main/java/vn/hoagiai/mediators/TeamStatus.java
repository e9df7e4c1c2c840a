package vn.hoagiai.mediators;

/**
 * Whether a team still works.
 */
public enum TeamStatus {

	ACTIVE, DISSOLVED

}
