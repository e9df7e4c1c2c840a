package vn.hoagiai.mediators;

import java.time.LocalDate;

/**
 * A mediator to register in a team, as an import row supplies it.
 */
public record NewMediator(MediatorDetails details, long teamId, TeamRole role, LocalDate joined) {

}
