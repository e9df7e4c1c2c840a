package vn.hoagiai.mediators;

import java.util.List;

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitView;

/**
 * A province- or district-level unit that trainers may belong to, with its agencies.
 */
public record TrainerUnit(UnitView unit, List<AgencyView> agencies) {

	public TrainerUnit {
		agencies = List.copyOf(agencies);
	}

	/** The trainer level that matches the unit's level. */
	public TrainerLevel level() {
		return (this.unit.type().level() == 1) ? TrainerLevel.PROVINCE : TrainerLevel.DISTRICT;
	}

}
