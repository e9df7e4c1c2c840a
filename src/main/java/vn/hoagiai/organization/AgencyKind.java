package vn.hoagiai.organization;

/**
 * The agencies the plan names as lead or coordinating bodies.
 */
public enum AgencyKind {

	JUSTICE_DEPARTMENT, JUSTICE_OFFICE, FATHERLAND_FRONT, COURT, PROCURACY, POLICE, MILITARY_COMMAND,
	FINANCE_PLANNING_OFFICE, HOME_AFFAIRS_OFFICE, CULTURE_SPORTS_MEDIA_CENTER, PEOPLES_COMMITTEE, OTHER

}
