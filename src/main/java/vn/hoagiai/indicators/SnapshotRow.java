package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Map;

/**
 * One stored summary: a commune's tally for a period, with what it was counted against.
 *
 * @param asOf the state-of day of the count (the period's last day, or the day it was
 * counted while the period runs)
 * @param mappedOn the day whose unit map placed the records in the commune
 * @param unitGeneration the commune's generation read before the count
 * @param allGeneration the all-communes generation read before the count
 */
record SnapshotRow(long unitId, LocalDate from, LocalDate to, LocalDate asOf, LocalDate mappedOn, long unitGeneration,
		long allGeneration, Tally tally) {

	/**
	 * Whether this summary still equals a plain count: the same dates, no write since
	 * (both generations unchanged) and no change of the unit map since it was counted.
	 * Pure.
	 */
	boolean freshFor(Period period, LocalDate asOf, Generations now, LocalDate lastMapChange) {
		return this.from.equals(period.from()) && this.to.equals(period.to()) && this.asOf.equals(asOf)
				&& this.unitGeneration == now.of(this.unitId) && this.allGeneration == now.all()
				&& (lastMapChange == null || !this.mappedOn.isBefore(lastMapChange));
	}

	/** The write generations read at one moment: per commune, and of all communes. */
	record Generations(long all, Map<Long, Long> units) {

		long of(long unitId) {
			return this.units.getOrDefault(unitId, 0L);
		}

	}

}
