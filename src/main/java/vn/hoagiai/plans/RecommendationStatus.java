package vn.hoagiai.plans;

/** A recommendation is open until someone closes it with what was done. */
public enum RecommendationStatus {

	OPEN, CLOSED

}
