package vn.hoagiai.mediators;

/**
 * How the village's households elected the mediator (Law 35/2013, Art. 8).
 */
public enum ElectionMethod {

	SHOW_OF_HANDS, SECRET_BALLOT, HOUSEHOLD_BALLOT

}
