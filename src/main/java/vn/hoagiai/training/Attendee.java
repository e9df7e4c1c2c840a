package vn.hoagiai.training;

/**
 * An active mediator the viewer may list on an attendance sheet (no personal fields).
 */
public record Attendee(long mediatorId, String fullName, String nameFolded, Integer birthYear, String unitName,
		String unitFolded) {

}
