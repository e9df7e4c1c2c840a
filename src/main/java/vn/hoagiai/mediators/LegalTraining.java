package vn.hoagiai.mediators;

/**
 * The highest legal training a mediator has.
 */
public enum LegalTraining {

	NONE, SHORT_COURSE, INTERMEDIATE, BACHELOR, POSTGRADUATE

}
