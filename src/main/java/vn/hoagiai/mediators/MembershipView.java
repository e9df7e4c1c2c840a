package vn.hoagiai.mediators;

import java.time.LocalDate;

/**
 * One stretch of a mediator's service in a team.
 */
public record MembershipView(long teamId, String teamName, TeamRole role, LocalDate from, LocalDate to, String note) {

}
