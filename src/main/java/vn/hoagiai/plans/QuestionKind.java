package vn.hoagiai.plans;

/** One choice among options, a 1-5 scale, or free text. */
public enum QuestionKind {

	CHOICE, SCALE, TEXT

}
