package vn.hoagiai.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The targets set by offices for the years of one report, resolved per unit: the unit's
 * own target, else the nearest unit above that set one, else the plan's default. An
 * advanced new-rural commune keeps at least its own higher success-rate default.
 */
final class TargetBook {

	private final Map<String, Double> rows;

	private final LongFunction<Long> parentOf;

	private final ReportingCalendar calendar;

	TargetBook(Map<String, Double> rows, LongFunction<Long> parentOf, ReportingCalendar calendar) {
		this.rows = new HashMap<>(rows);
		this.parentOf = parentOf;
		this.calendar = calendar;
	}

	static String key(long unitId, int year, IndicatorCode code) {
		return unitId + ":" + year + ":" + code.name();
	}

	Assessment.Targets forUnit(long unitId, boolean advancedNewRuralCommune, int year) {
		int last = Math.max(year, this.calendar.planEndYear());
		return new Assessment.Targets() {
			@Override
			public double year(IndicatorCode code) {
				return resolve(unitId, advancedNewRuralCommune, year, code);
			}

			@Override
			public double last(IndicatorCode code) {
				return resolve(unitId, advancedNewRuralCommune, last, code);
			}
		};
	}

	/** The target in force and whether it was set by an office (not a default). */
	double resolve(long unitId, boolean advancedNewRuralCommune, int year, IndicatorCode code) {
		double fallback = TargetDefaults.of(code, year, advancedNewRuralCommune, this.calendar);
		Double own = this.rows.get(key(unitId, year, code));
		if (own != null) {
			return own;
		}
		Long unit = this.parentOf.apply(unitId);
		for (int depth = 0; unit != null && depth < 10; depth++) {
			Double set = this.rows.get(key(unit, year, code));
			if (set != null) {
				return (advancedNewRuralCommune && code == IndicatorCode.SUCCESS_RATE) ? Math.max(set, fallback) : set;
			}
			unit = this.parentOf.apply(unit);
		}
		return fallback;
	}

	boolean isSet(long unitId, int year, IndicatorCode code) {
		return this.rows.containsKey(key(unitId, year, code));
	}

}
