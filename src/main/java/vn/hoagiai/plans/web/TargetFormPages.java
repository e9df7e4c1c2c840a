package vn.hoagiai.plans.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.plans.PlanEditor;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;

/**
 * The forms of a plan's targets: add one, change one (a stale save shows both versions).
 */
@Controller
@RequestMapping("/plans/{planId}/targets")
class TargetFormPages {

	static final String FORM = "plans/target-form";

	private final PlanService plans;

	private final PlanEditor editor;

	TargetFormPages(PlanService plans, PlanEditor editor) {
		this.plans = plans;
		this.editor = editor;
	}

	@GetMapping("/new")
	String createForm(@PathVariable long planId, Model model) {
		model.addAttribute("form", TargetForm.empty());
		return prepare(planId, null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable long planId, @ModelAttribute("form") TargetForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				this.editor.addTarget(planId, form.target());
				return "redirect:/plans/" + planId + "#targets";
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return prepare(planId, null, model);
	}

	@GetMapping("/{targetId}/edit")
	String editForm(@PathVariable long planId, @PathVariable long targetId, Model model) {
		model.addAttribute("form", TargetForm.of(this.editor.target(planId, targetId)));
		return prepare(planId, targetId, model);
	}

	@PostMapping("/{targetId}/edit")
	String update(@PathVariable long planId, @PathVariable long targetId, @ModelAttribute("form") TargetForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.editor.updateTarget(planId, targetId, (form.version() != null) ? form.version() : -1,
						form.target());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + planId + "#targets";
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				TargetForm saved = TargetForm.of(this.editor.target(planId, targetId));
				model.addAttribute("conflict", Differences.between(form, saved));
				model.addAttribute("form", form.withVersion(saved.version()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return prepare(planId, targetId, model);
	}

	private String prepare(long planId, Long targetId, Model model) {
		this.editor.requireEditable(planId);
		model.addAttribute("plan", this.plans.view(planId));
		model.addAttribute("targetId", targetId);
		model.addAttribute("codes", IndicatorCode.targets().stream().map(IndicatorCode::name).toList());
		return FORM;
	}

}
