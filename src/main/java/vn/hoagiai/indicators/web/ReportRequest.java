package vn.hoagiai.indicators.web;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import vn.hoagiai.indicators.Boundaries;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.Period;
import vn.hoagiai.shared.UnitId;

/**
 * The request parameters every indicator page, export and API call shares: unit, period
 * ({@code 2025}, {@code 2025-H1}, or {@code from}/{@code to}) and boundaries.
 */
record ReportRequest(Long unitId, String period, String from, String to, String boundaries) {

	Boundaries boundariesValue() {
		return "historical".equalsIgnoreCase(this.boundaries) || "HISTORICAL".equals(this.boundaries)
				? Boundaries.HISTORICAL : Boundaries.CURRENT;
	}

	Period periodValue(IndicatorService service) {
		return service.period(this.period, this.from, this.to);
	}

	UnitId unit(IndicatorService service) {
		return service.resolveUnit(this.unitId);
	}

	/** The query string that names the same unit, period and boundaries. */
	static String query(Long unitId, Period period, Boundaries boundaries) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (unitId != null) {
			b.queryParam("unitId", unitId);
		}
		if (period.kind() == Period.Kind.RANGE) {
			b.queryParam("from", period.from()).queryParam("to", period.to());
		}
		else {
			b.queryParam("period", period.code());
		}
		b.queryParam("boundaries", boundaries.name().toLowerCase(Locale.ROOT));
		return b.build().toUriString();
	}

}
