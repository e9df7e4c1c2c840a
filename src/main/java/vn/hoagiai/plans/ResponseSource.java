package vn.hoagiai.plans;

/** Answered in the app, or entered by an officer from a paper form. */
public enum ResponseSource {

	APP, PAPER

}
