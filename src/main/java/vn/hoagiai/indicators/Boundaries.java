package vn.hoagiai.indicators;

/**
 * Which map a period is shown on: the units as they were at the end of the period, or
 * today's units, with records following their unit's successors.
 */
public enum Boundaries {

	HISTORICAL, CURRENT

}
