package vn.hoagiai.mediators;

/**
 * What a team leader proposes.
 */
public enum ProposalKind {

	ADD_MEDIATOR, DISMISS_MEDIATOR, CHANGE_DETAILS, CHANGE_LEADER, OTHER

}
