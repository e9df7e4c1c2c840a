package vn.hoagiai.cases;

/**
 * How a case came to the team (Law on Grassroots Mediation, Art. 16).
 */
public enum CaseGround {

	PARTY_REQUEST, MEDIATOR_WITNESSED, LEADER_ASSIGNMENT_OR_PROPOSAL

}
