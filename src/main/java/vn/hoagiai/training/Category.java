package vn.hoagiai.training;

/**
 * The categories of the material library.
 */
public enum Category {

	LAW_TEXT, SKILLS, CASE_STUDIES, GUIDANCE, OTHER

}
