package vn.hoagiai.cases;

import java.time.LocalDate;

/**
 * A mediation session as recorded: date, place, attendees, invited persons, notes.
 */
public record SessionDetails(LocalDate heldOn, String place, String attendees, String invited, String notes) {

}
