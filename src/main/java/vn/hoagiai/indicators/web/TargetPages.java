package vn.hoagiai.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.TargetChange;
import vn.hoagiai.indicators.TargetService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * The targets of a unit for a year: what applies (set here, inherited or the plan's
 * default) and, for the office, the form to set them.
 */
@Controller
@RequestMapping("/indicators/targets")
class TargetPages {

	static final String TARGETS = "indicators/targets";

	private final TargetService targets;

	private final IndicatorService indicators;

	private final UnitDirectory directory;

	TargetPages(TargetService targets, IndicatorService indicators, UnitDirectory directory) {
		this.targets = targets;
		this.indicators = indicators;
		this.directory = directory;
	}

	@GetMapping
	String show(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
			Model model) {
		UnitId unit = unit(unitId);
		int chosen = (year != null) ? year : this.indicators.calendar().yearOf(this.indicators.today());
		return page(unit, chosen, Map.of(), List.of(), model);
	}

	@PostMapping
	String save(@RequestParam Long unitId, @RequestParam int year, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		UnitId unit = unit(unitId);
		List<TargetChange> changes = new ArrayList<>();
		for (IndicatorCode code : IndicatorCode.targets()) {
			String version = form.get("version_" + code.name());
			changes.add(new TargetChange(code, form.get("value_" + code.name()), form.get("note_" + code.name()),
					(version == null || version.isBlank()) ? null : Long.valueOf(version)));
		}
		try {
			this.targets.save(unit, year, changes);
		}
		catch (InvalidInput ex) {
			return page(unit, year, form, ex.problems(), model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/indicators/targets?unitId=" + unit.value() + "&year=" + year;
	}

	private UnitId unit(Long unitId) {
		UnitId unit = this.indicators.resolveUnit(unitId);
		if (unit == null) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
		}
		return unit;
	}

	private String page(UnitId unit, int year, Map<String, String> typed, List<FieldProblem> problems, Model model) {
		model.addAttribute("unit", this.directory.find(unit).orElseThrow());
		model.addAttribute("year", year);
		model.addAttribute("lines", this.targets.sheet(unit, year));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems);
		model.addAttribute("mayEdit", this.targets.mayEdit());
		List<Integer> years = new ArrayList<>();
		for (int y = this.indicators.calendar().planStartYear(); y <= this.indicators.calendar().planEndYear(); y++) {
			years.add(y);
		}
		model.addAttribute("years", years);
		return TARGETS;
	}

}
