package vn.hoagiai.plans.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.security.access.AccessDeniedException;

import vn.hoagiai.organization.UnitView;
import vn.hoagiai.plans.PlanEditor;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanStatus;
import vn.hoagiai.plans.PlanSummary;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

/**
 * The forms of a plan's header: a new plan (with its parent's tasks copied for the unit
 * to adapt, when asked) and the edit of an existing one, whose stale save shows both
 * versions.
 */
@Controller
@RequestMapping("/plans")
class PlanFormPages {

	static final String FORM = "plans/plan-form";

	private static final List<PlanStatus> STATUSES = List.of(PlanStatus.DRAFT, PlanStatus.IN_FORCE, PlanStatus.ENDED);

	private final PlanService plans;

	private final PlanEditor editor;

	PlanFormPages(PlanService plans, PlanEditor editor) {
		this.plans = plans;
		this.editor = editor;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long parentId, Model model) {
		PlanSummary parent = (parentId != null) ? this.plans.view(parentId).summary() : null;
		UnitId own = CurrentViewer.require().unitId();
		model.addAttribute("form", PlanForm.start((own != null) ? own.value() : null, parent));
		return prepare(null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") PlanForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				UnitId unit = (form.unitId() != null) ? UnitId.of(form.unitId()) : null;
				long id = form.copying() ? this.plans.createFromParent(form.parentId(), unit, form.details())
						: this.plans.create(unit, form.parentId(), form.details());
				return "redirect:/plans/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return prepare(null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		PlanView plan = this.plans.view(id);
		model.addAttribute("form", PlanForm.of(plan));
		return prepare(plan, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.plans.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				PlanForm saved = PlanForm.of(this.plans.view(id));
				model.addAttribute("conflict", Differences.between(form, saved));
				model.addAttribute("form", form.withVersion(saved.version()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return prepare(this.plans.view(id), model);
	}

	/** The page of a new plan ({@code plan} null) or of an existing plan's header. */
	private String prepare(PlanView plan, Model model) {
		if (plan != null) {
			this.editor.requireEditable(plan.summary().id());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("statuses", STATUSES);
		if (plan == null) {
			List<UnitView> units = this.plans.creatableUnits();
			if (units.isEmpty() && !CurrentViewer.require().isAdmin()) {
				throw new AccessDeniedException("Only officers create plans");
			}
			model.addAttribute("units", units);
			model.addAttribute("national", CurrentViewer.require().isAdmin());
			model.addAttribute("parents", this.plans.list());
		}
		return FORM;
	}

}
