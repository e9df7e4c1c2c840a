package vn.hoagiai.organization;

/**
 * The attributes of a unit an administrator corrects in place.
 */
public record UnitUpdate(String code, UnitFlags flags, Integer households) {

}
