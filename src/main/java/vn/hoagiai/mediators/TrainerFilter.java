package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * Criteria for listing trainers; every field is optional. {@code q} matches names accent-
 * and case-insensitively; {@code unit} keeps trainers of that unit, the units below it
 * and the units whose records passed to it.
 */
public record TrainerFilter(UnitId unit, String q, TrainerLevel level, Boolean active) {

	public static TrainerFilter all() {
		return new TrainerFilter(null, null, null, null);
	}

}
