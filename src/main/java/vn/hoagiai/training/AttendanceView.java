package vn.hoagiai.training;

/**
 * One person on an event's attendance list.
 */
public record AttendanceView(long id, Long mediatorId, String name, AttendeeRole role, String unitName,
		AttendanceStatus status, String note) {

}
