package vn.hoagiai.mediators;

/**
 * One of the 54 officially recognised ethnic groups.
 */
public record Ethnicity(String code, String name, boolean minority) {

}
