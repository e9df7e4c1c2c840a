package vn.hoagiai.indicators;

import java.util.List;

/**
 * One indicator for one unit and period.
 *
 * @param value the share in per cent (one decimal) or the count; null when there is
 * nothing to measure or no source
 * @param numerator what was counted (null without a source)
 * @param denominator what it is counted out of (null for counts)
 * @param target this year's target in per cent, null for context figures
 * @param finalTarget the target for the plan's last year
 * @param gaps what is missing, in words, when the target is not met
 */
public record IndicatorValue(IndicatorCode code, Double value, Long numerator, Long denominator, Double target,
		Double finalTarget, Status status, List<Gap> gaps) {

	public IndicatorValue {
		gaps = List.copyOf(gaps);
	}

	/** A bootstrap colour word for the traffic light. */
	public String light() {
		return switch (this.status) {
			case MET -> "success";
			case ON_TRACK -> "warning";
			case BEHIND -> "danger";
			default -> "secondary";
		};
	}

}
