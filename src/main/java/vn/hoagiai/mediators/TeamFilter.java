package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * Criteria for listing teams; every field is optional.
 *
 * @param unit a commune or village: teams at or below it
 * @param compliant true for teams that meet the law, false for those that do not
 * @param unreviewedIn teams without a review in this year
 */
public record TeamFilter(UnitId unit, String q, Boolean compliant, Boolean active, Integer unreviewedIn) {

	public static TeamFilter all() {
		return new TeamFilter(null, null, null, null, null);
	}

}
