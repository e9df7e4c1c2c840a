package vn.hoagiai.training;

/**
 * One line of attendance to record: a mediator of the register ({@code mediatorId}), or
 * someone else by name, role and unit.
 */
public record AttendanceEntry(Long mediatorId, String name, AttendeeRole role, Long unitId, AttendanceStatus status,
		String note) {

	public static AttendanceEntry mediator(long mediatorId, AttendanceStatus status) {
		return new AttendanceEntry(mediatorId, null, AttendeeRole.MEDIATOR, null, status, null);
	}

}
