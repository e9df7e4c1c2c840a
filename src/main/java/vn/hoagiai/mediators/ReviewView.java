package vn.hoagiai.mediators;

import java.time.LocalDate;

/**
 * A yearly review of a team.
 */
public record ReviewView(int year, LocalDate date, String changes, boolean meetsLaw, String reviewer) {

}
