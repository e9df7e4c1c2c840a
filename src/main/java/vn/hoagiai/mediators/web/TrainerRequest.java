package vn.hoagiai.mediators.web;

import vn.hoagiai.mediators.TrainerBackground;
import vn.hoagiai.mediators.TrainerDetails;
import vn.hoagiai.mediators.TrainerLevel;

/**
 * A trainer as the forms receive it. {@code unitId} is used on creation; {@code version}
 * is required on updates.
 */
record TrainerRequest(Long unitId, String fullName, Long agencyId, String agencyName, TrainerBackground background,
		TrainerLevel level, String topics, Long version) {

	TrainerDetails details() {
		return new TrainerDetails(this.fullName, this.agencyId, blankToNull(this.agencyName), this.background,
				this.level, blankToNull(this.topics), true);
	}

	static TrainerRequest blank(Long unitId, TrainerLevel level) {
		return new TrainerRequest(unitId, null, null, null, null, level, null, null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
