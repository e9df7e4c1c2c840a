package vn.hoagiai.plans;

/** An agency named on a task; {@code ended} when it no longer exists. */
public record AgencyRef(long id, String name, boolean ended) {

}
