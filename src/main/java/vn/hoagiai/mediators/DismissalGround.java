package vn.hoagiai.mediators;

/**
 * The legal grounds for dismissing a mediator (Law 35/2013, Art. 11).
 */
public enum DismissalGround {

	OWN_REQUEST, NO_LONGER_ELIGIBLE, BROKE_PRINCIPLES

}
