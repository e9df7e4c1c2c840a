package vn.hoagiai.mediators;

/**
 * An active mediator of a team as the import sees it: enough to find duplicates and
 * leaders.
 */
public record TeamMember(long teamId, String nameFolded, Integer birthYear, TeamRole role) {

}
