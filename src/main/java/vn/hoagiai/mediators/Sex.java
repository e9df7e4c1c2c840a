package vn.hoagiai.mediators;

/**
 * Sex as recorded on the mediator list.
 */
public enum Sex {

	FEMALE, MALE

}
