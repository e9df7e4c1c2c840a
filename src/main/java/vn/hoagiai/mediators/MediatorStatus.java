package vn.hoagiai.mediators;

/**
 * Whether a mediator still serves.
 */
public enum MediatorStatus {

	ACTIVE, DISMISSED

}
