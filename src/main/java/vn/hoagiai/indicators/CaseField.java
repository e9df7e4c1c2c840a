package vn.hoagiai.indicators;

/**
 * A field a case may belong to, from the case register's configurable list.
 */
public record CaseField(String code, String name) {

}
