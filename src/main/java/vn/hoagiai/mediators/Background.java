package vn.hoagiai.mediators;

/**
 * A mediator's background. Legal professionals count toward the national programme's
 * target of teams supported by people with legal training (Decision 315/QĐ-TTg).
 */
public enum Background {

	LEGAL_DISSEMINATION_OFFICER(false), COMMUNE_OFFICIAL(false), GRASSROOTS_SECURITY(false), POLICE(true),
	MILITARY(false), RETIRED_JUDGE(true), RETIRED_PROSECUTOR(true), RETIRED_INVESTIGATOR(true), PEOPLES_ASSESSOR(true),
	LAWYER(true), JURIST(true), VILLAGE_HEAD(false), FATHERLAND_FRONT(false), OTHER(false);

	private final boolean legalProfessional;

	Background(boolean legalProfessional) {
		this.legalProfessional = legalProfessional;
	}

	public boolean legalProfessional() {
		return this.legalProfessional;
	}

}
