package vn.hoagiai.indicators;

/**
 * One target of a unit and year as the target form shows it.
 *
 * @param inForce the target that applies (set here, inherited or the plan's default)
 * @param setHere whether this unit's office set it for this year
 * @param planDefault the plan's default for this unit and year
 * @param version the stored row's version, null while none is stored
 */
public record TargetLine(IndicatorCode code, double inForce, boolean setHere, double planDefault, String note,
		Long version) {

}
