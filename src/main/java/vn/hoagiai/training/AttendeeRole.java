package vn.hoagiai.training;

/**
 * Who an attendee is: a mediator of the register, or one of the others the national
 * programme trains as well (justice officers, commune leaders, other participants).
 */
public enum AttendeeRole {

	MEDIATOR, OFFICER, COMMUNE_LEADER, OTHER

}
