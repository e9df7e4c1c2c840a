package vn.hoagiai.training;

/**
 * A contest prize, from the highest.
 */
public enum Prize {

	FIRST, SECOND, THIRD, ENCOURAGEMENT

}
