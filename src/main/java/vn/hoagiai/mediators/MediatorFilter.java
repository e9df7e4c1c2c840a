package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * Criteria for listing mediators; every field is optional. {@code q} matches names
 * accent- and case-insensitively.
 */
public record MediatorFilter(UnitId unit, Long teamId, String q, Boolean active) {

	public static MediatorFilter all() {
		return new MediatorFilter(null, null, null, null);
	}

}
