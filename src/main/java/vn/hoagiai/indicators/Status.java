package vn.hoagiai.indicators;

/**
 * How a value stands against its target: met the plan's final target; reached this year's
 * target but not yet the final one; below this year's target. Or why there is no status.
 */
public enum Status {

	MET, ON_TRACK, BEHIND,
	/** Nothing to measure in the period (no teams, no closed cases...). */
	NO_DATA,
	/** The records behind the indicator are not kept by any installed module. */
	NO_SOURCE,
	/** The target does not apply to a unit of this level. */
	NOT_APPLICABLE,
	/** A context figure: no target. */
	NONE;

	public String messageKey() {
		return "indicators.status." + name();
	}

}
