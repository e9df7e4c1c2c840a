package vn.hoagiai.cases.documents;

import java.util.List;

import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;

/**
 * Where a team sits on the administrative map on a date: its province, district (before
 * the district level was abolished), commune and village.
 */
public record Places(String province, String district, String commune, String village) {

	static Places of(List<UnitView> ancestry) {
		String province = null;
		String district = null;
		String commune = null;
		String village = null;
		for (UnitView u : ancestry) {
			UnitType type = u.type();
			if (type.level() == 1) {
				province = u.name();
			}
			else if (type.level() == 2) {
				district = u.name();
			}
			else if (type.isCommuneLevel()) {
				commune = u.name();
			}
			else if (type.isVillageLevel()) {
				village = u.name();
			}
		}
		return new Places(province, district, commune, village);
	}

	/** The commune's People's Committee in capitals, the body above a team. */
	String communeCommittee() {
		return (this.commune != null) ? "UBND " + upper(this.commune) : null;
	}

	/** The place named in a document's date line: the commune. */
	String datePlace() {
		return (this.commune != null) ? this.commune : this.province;
	}

	static String upper(String text) {
		return (text != null) ? text.toUpperCase(java.util.Locale.forLanguageTag("vi")) : null;
	}

}
