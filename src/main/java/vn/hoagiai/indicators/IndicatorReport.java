package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicators of a unit (or the whole country, {@code unitId} null) for a period, with
 * one row per child unit (or per team below a commune) when asked.
 *
 * @param asOf the day the state-of figures were read
 * @param trainingSource whether a training module supplies the training figures
 */
public record IndicatorReport(Long unitId, String unitName, Period period, Boundaries boundaries, LocalDate asOf,
		UnitIndicators total, List<UnitIndicators> children, List<CaseField> fields, boolean trainingSource) {

	public IndicatorReport {
		children = List.copyOf(children);
		fields = List.copyOf(fields);
	}

	public boolean national() {
		return this.unitId == null;
	}

}
