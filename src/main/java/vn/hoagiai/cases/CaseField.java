package vn.hoagiai.cases;

/**
 * A field a case may belong to, from the configurable list.
 */
public record CaseField(String code, String name) {

}
