package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.plans.InspectionDetails;
import vn.hoagiai.plans.InspectionService;
import vn.hoagiai.plans.NewRecommendation;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * Inspection pages: the list with the overdue recommendations, recording a visit with its
 * recommendations, and a visit's page where recommendations are added and closed.
 */
@Controller
@RequestMapping("/plans/inspections")
class InspectionPages {

	static final String LIST = "plans/inspections";

	static final String DETAIL = "plans/inspection";

	private final InspectionService inspections;

	InspectionPages(InspectionService inspections) {
		this.inspections = inspections;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("inspections", this.inspections.list());
		model.addAttribute("overdue", this.inspections.overdue());
		if (!model.containsAttribute("units")) {
			model.addAttribute("units", this.inspections.units());
		}
		return LIST;
	}

	@PostMapping
	String create(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(defaultValue = "") String inspectors, @RequestParam(defaultValue = "") String checked,
			@RequestParam(defaultValue = "") String findings, @RequestParam(defaultValue = "") String recommendation,
			@RequestParam(defaultValue = "") String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Model model) {
		List<NewRecommendation> items = new ArrayList<>();
		if (!recommendation.isBlank() || !owner.isBlank() || dueOn != null) {
			items.add(new NewRecommendation(recommendation, owner, dueOn));
		}
		try {
			long id = this.inspections.create(new InspectionDetails((unitId != null) ? UnitId.of(unitId) : null, null,
					null, visitedOn, inspectors, List.of(), checked, findings), items);
			return "redirect:/plans/inspections/" + id;
		}
		catch (InvalidInput ex) {
			model.addAttribute("problems", ex.problems());
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("inspection", this.inspections.view(id));
		return DETAIL;
	}

	@PostMapping("/{id}/recommendations")
	String recommend(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Model model,
			RedirectAttributes redirect) {
		try {
			this.inspections.addRecommendation(id, new NewRecommendation(text, owner, dueOn));
		}
		catch (InvalidInput ex) {
			model.addAttribute("problems", ex.problems());
			return detail(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/plans/inspections/" + id;
	}

	@PostMapping("/{id}/recommendations/{recommendationId}/close")
	String close(@PathVariable long id, @PathVariable long recommendationId, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		try {
			this.inspections.close(recommendationId, version, closedOn, note);
		}
		catch (InvalidInput ex) {
			model.addAttribute("problems", ex.problems());
			return detail(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/plans/inspections/" + id;
	}

}
