package vn.hoagiai.shared;

/**
 * What a user may do inside their unit scope.
 */
public enum Role {

	ADMIN, PROVINCE_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, TEAM_LEADER, MEDIATOR, PARTNER, TRAINER;

	public String authority() {
		return "ROLE_" + name();
	}

}
