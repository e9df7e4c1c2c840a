package vn.hoagiai.indicators.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorReport;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.IndicatorValue;
import vn.hoagiai.indicators.Period;
import vn.hoagiai.indicators.TrendPoint;
import vn.hoagiai.indicators.UnitIndicators;
import vn.hoagiai.shared.UnitId;

/**
 * {@code GET /api/v1/indicators}: the indicators of a unit (default: the caller's own;
 * the country for an administrator) for a period, with {@code breakdown=children} one
 * entry per child unit. Another unit outside the caller's scope answers 404.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorsApiController {

	private final IndicatorService indicators;

	private final MessageSource messages;

	IndicatorsApiController(IndicatorService indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping
	Answer indicators(ReportRequest request, @RequestParam(required = false) String breakdown, Locale locale) {
		UnitId unit = request.unit(this.indicators);
		Period period = request.periodValue(this.indicators);
		boolean children = "children".equals(breakdown);
		IndicatorReport report = this.indicators.report(unit, period, request.boundariesValue(), children);
		List<Entry> entries = children ? report.children().stream().map((c) -> entry(c, locale)).toList() : null;
		return new Answer(report.unitId(), report.unitName(),
				new PeriodAnswer(period.code(), period.from(), period.to()), report.boundaries().name(), report.asOf(),
				values(report.total(), locale), entries);
	}

	@GetMapping("/trend")
	List<TrendAnswer> trend(ReportRequest request, Locale locale) {
		UnitId unit = request.unit(this.indicators);
		return this.indicators.trend(unit, request.boundariesValue())
			.stream()
			.map((TrendPoint p) -> new TrendAnswer(p.period().code(), p.period().from(), p.period().to(),
					values(p.indicators(), locale)))
			.toList();
	}

	@GetMapping("/definitions")
	List<Definition> definitions(Locale locale) {
		return Arrays.stream(IndicatorCode.values())
			.map((c) -> new Definition(c.name(), text(c.key() + ".name", locale), c.kind().name(), c.measure().name(),
					c.periodRule().name(), c.analysis().name(), c.source().name(), text(c.key() + ".numerator", locale),
					text(c.key() + ".denominator", locale)))
			.toList();
	}

	private Entry entry(UnitIndicators u, Locale locale) {
		return new Entry(u.unitId(), u.name(), u.team() ? "TEAM" : "UNIT", values(u, locale));
	}

	private List<Value> values(UnitIndicators u, Locale locale) {
		return u.values().stream().map((v) -> value(v, locale)).toList();
	}

	private Value value(IndicatorValue v, Locale locale) {
		return new Value(v.code().name(), v.value(), v.numerator(), v.denominator(), v.target(), v.finalTarget(),
				v.status().name(),
				v.gaps().stream().map((g) -> this.messages.getMessage(g.messageKey(), g.argsArray(), locale)).toList());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	record Answer(Long unitId, String unitName, PeriodAnswer period, String boundaries, LocalDate asOf,
			List<Value> indicators, List<Entry> children) {
	}

	record PeriodAnswer(String code, LocalDate from, LocalDate to) {
	}

	record Entry(long unitId, String name, String kind, List<Value> indicators) {
	}

	record Value(String code, Double value, Long numerator, Long denominator, Double target, Double finalTarget,
			String status, List<String> gaps) {
	}

	record TrendAnswer(String period, LocalDate from, LocalDate to, List<Value> indicators) {
	}

	record Definition(String code, String name, String kind, String measure, String periodRule, String analysis,
			String source, String numerator, String denominator) {
	}

}
