package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * A trainer in a list; {@code agency} is the linked agency's name or the free-text one.
 */
public record TrainerRow(long id, String fullName, UnitId unitId, String unitName, String agency,
		TrainerBackground background, TrainerLevel level, String topics, boolean active) {

}
