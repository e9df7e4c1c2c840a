package vn.hoagiai.training;

/**
 * What kind of training event: courses and refreshers teach; conferences, dialogue forums
 * and experience-sharing meetings (task 7.1 of the plan) exchange; contest rounds test.
 */
public enum EventKind {

	COURSE, REFRESHER, CONFERENCE, DIALOGUE_FORUM, EXPERIENCE_SHARING, CONTEST_ROUND

}
