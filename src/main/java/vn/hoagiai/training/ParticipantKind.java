package vn.hoagiai.training;

/**
 * Who competes: a mediation team or a single mediator of the register.
 */
public enum ParticipantKind {

	TEAM, MEDIATOR

}
