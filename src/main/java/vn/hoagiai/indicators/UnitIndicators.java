package vn.hoagiai.indicators;

import java.util.List;
import java.util.Map;

/**
 * The indicators of one unit or team for a period.
 *
 * @param unitId the unit's id, or the team's id for a team row
 * @param team whether this row is a mediation team rather than a unit
 * @param typeKey message key of the unit type (or of "team")
 * @param casesByField cases received in the period by field code
 */
public record UnitIndicators(long unitId, String name, boolean team, String typeKey, List<IndicatorValue> values,
		Map<String, Long> casesByField) {

	public UnitIndicators {
		values = List.copyOf(values);
		casesByField = Map.copyOf(casesByField);
	}

	public IndicatorValue value(IndicatorCode code) {
		return this.values.stream().filter((v) -> v.code() == code).findFirst().orElseThrow();
	}

	public IndicatorValue value(String code) {
		return value(IndicatorCode.valueOf(code));
	}

	public List<IndicatorValue> targets() {
		return this.values.stream().filter((v) -> v.code().hasTarget()).toList();
	}

	public List<IndicatorValue> context() {
		return this.values.stream().filter((v) -> !v.code().hasTarget()).toList();
	}

}
