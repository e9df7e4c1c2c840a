package vn.hoagiai.indicators.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.indicators.Boundaries;
import vn.hoagiai.indicators.CaseField;
import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorRecords;
import vn.hoagiai.indicators.IndicatorReport;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.IndicatorValue;
import vn.hoagiai.indicators.Period;
import vn.hoagiai.indicators.ReportingCalendar;
import vn.hoagiai.indicators.UnitIndicators;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * The indicator pages: the dashboard of a unit (tiles, child units, trends), its
 * printable form, the records behind a number, and the page that explains every
 * indicator.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPages {

	static final String DASHBOARD = "indicators/dashboard";

	static final String PRINT = "indicators/print";

	static final String RECORDS = "indicators/records";

	static final String DEFINITIONS = "indicators/definitions";

	private final IndicatorService indicators;

	private final IndicatorRecords records;

	IndicatorPages(IndicatorService indicators, IndicatorRecords records) {
		this.indicators = indicators;
		this.records = records;
	}

	@GetMapping
	String dashboard(ReportRequest request, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		IndicatorReport report = prepare(request, model);
		List<UnitIndicators> children = new ArrayList<>(report.children());
		children.sort(order(sort, "desc".equals(dir)));
		model.addAttribute("children", children);
		model.addAttribute("sort", (sort != null) ? sort : "name");
		model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
		return DASHBOARD;
	}

	@GetMapping("/print")
	String print(ReportRequest request, Model model) {
		IndicatorReport report = prepare(request, model);
		model.addAttribute("children", report.children());
		return PRINT;
	}

	@GetMapping("/records")
	String records(ReportRequest request, @RequestParam IndicatorCode code, @RequestParam(defaultValue = "0") int page,
			Model model) {
		UnitId unit = request.unit(this.indicators);
		if (unit == null) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
		}
		Period period = request.periodValue(this.indicators);
		Boundaries boundaries = request.boundariesValue();
		model.addAttribute("records", this.records.records(unit, period, boundaries, code, page));
		IndicatorReport report = this.indicators.report(unit, period, boundaries, false);
		model.addAttribute("report", report);
		model.addAttribute("fieldNames",
				report.fields().stream().collect(java.util.stream.Collectors.toMap(CaseField::code, CaseField::name)));
		model.addAttribute("code", code);
		model.addAttribute("query", ReportRequest.query(unit.value(), period, boundaries));
		return RECORDS;
	}

	@GetMapping("/definitions")
	String definitions(Model model) {
		model.addAttribute("codes", IndicatorCode.values());
		model.addAttribute("calendar", this.indicators.calendar());
		return DEFINITIONS;
	}

	private IndicatorReport prepare(ReportRequest request, Model model) {
		UnitId unit = request.unit(this.indicators);
		Period period;
		try {
			period = request.periodValue(this.indicators);
		}
		catch (InvalidInput ex) {
			model.addAttribute("periodProblems", ex.problems());
			period = this.indicators.period(null, null, null);
		}
		Boundaries boundaries = request.boundariesValue();
		IndicatorReport report = this.indicators.report(unit, period, boundaries, true);
		model.addAttribute("report", report);
		model.addAttribute("query", ReportRequest.query(report.unitId(), period, boundaries));
		model.addAttribute("periodQuery", ReportRequest.query(null, period, boundaries).substring(1));
		model.addAttribute("periods", choices(this.indicators.calendar(), this.indicators.today()));
		model.addAttribute("targetCodes", IndicatorCode.targets());
		return report;
	}

	/** The years and half-years of the plan up to this one, newest first. */
	static List<Period> choices(ReportingCalendar calendar, java.time.LocalDate today) {
		List<Period> periods = new ArrayList<>();
		int current = calendar.yearOf(today);
		for (int year = current; year >= calendar.planStartYear(); year--) {
			periods.add(calendar.year(year));
			periods.add(calendar.secondHalf(year));
			periods.add(calendar.firstHalf(year));
		}
		return periods;
	}

	static Comparator<UnitIndicators> order(String sort, boolean descending) {
		Comparator<UnitIndicators> byName = Comparator.comparing(UnitIndicators::name);
		if (sort == null || "name".equals(sort)) {
			return descending ? byName.reversed() : byName;
		}
		IndicatorCode code;
		try {
			code = IndicatorCode.valueOf(sort);
		}
		catch (IllegalArgumentException ex) {
			return byName;
		}
		Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator
			.comparing((UnitIndicators u) -> u.value(code),
					Comparator.comparing(IndicatorValue::value, Comparator.nullsLast(values)))
			.thenComparing(byName);
	}

}
