package vn.hoagiai.mediators;

/**
 * A mediator as listed on a team page; {@code ethnicity} is null for viewers who may not
 * see it.
 */
public record MemberView(long mediatorId, String fullName, Sex sex, Integer birthYear, String ethnicity,
		boolean ethnicMinority, TeamRole role, Background background) {

}
