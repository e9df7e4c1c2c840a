package vn.hoagiai.mediators;

import vn.hoagiai.shared.UnitId;

/**
 * The trainer target applied to one unit.
 */
public record UnitTrainerRatio(UnitId unitId, String unitName, TrainerRatio ratio) {

}
