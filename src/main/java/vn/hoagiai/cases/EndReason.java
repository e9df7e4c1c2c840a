package vn.hoagiai.cases;

/**
 * How a mediation ended (Art. 23): agreement, a party asked to stop, or the mediator
 * ended it.
 */
public enum EndReason {

	AGREEMENT, PARTY_STOPPED, MEDIATOR_ENDED

}
