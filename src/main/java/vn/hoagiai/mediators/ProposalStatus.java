package vn.hoagiai.mediators;

/**
 * Where a proposal stands.
 */
public enum ProposalStatus {

	OPEN, ACCEPTED, REJECTED

}
