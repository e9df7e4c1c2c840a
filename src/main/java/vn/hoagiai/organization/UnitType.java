package vn.hoagiai.organization;

/**
 * Kinds of administrative unit and the level of the hierarchy each sits on.
 */
public enum UnitType {

	PROVINCE(1), CITY(2), DISTRICT(2), COMMUNE(3), WARD(3), TOWN(3), SPECIAL_ZONE(3), VILLAGE(4), RESIDENTIAL_GROUP(4);

	private final int level;

	UnitType(int level) {
		this.level = level;
	}

	/** 1 province, 2 district level, 3 commune level, 4 village or residential group. */
	public int level() {
		return this.level;
	}

	public boolean isCommuneLevel() {
		return this.level == 3;
	}

	public boolean isVillageLevel() {
		return this.level == 4;
	}

}
