package vn.hoagiai.identity;

/**
 * A unit offered in a form, indented by its depth below the top of the list.
 */
public record UnitChoice(long id, String name, int depth) {

}
