package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * A trainer's record with the unit's and the agency's names; {@code version} goes back
 * with an edit.
 */
public record TrainerView(long id, UnitId unitId, String unitName, TrainerDetails details, String agency,
		long version) {

}
