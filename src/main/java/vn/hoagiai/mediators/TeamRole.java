package vn.hoagiai.mediators;

/**
 * A mediator's place in their team.
 */
public enum TeamRole {

	LEADER, MEMBER

}
