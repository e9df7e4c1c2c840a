package vn.hoagiai.plans.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.plans.PlanEditor;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.plans.TaskView;
import vn.hoagiai.plans.TimeFrameKind;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;

/**
 * The forms of a plan's tasks: add one, change one (a stale save shows both versions),
 * withdraw one with a reason.
 */
@Controller
@RequestMapping("/plans/{planId}/tasks")
class TaskFormPages {

	static final String FORM = "plans/task-form";

	private final PlanService plans;

	private final PlanEditor editor;

	TaskFormPages(PlanService plans, PlanEditor editor) {
		this.plans = plans;
		this.editor = editor;
	}

	@GetMapping("/new")
	String createForm(@PathVariable long planId, Model model) {
		model.addAttribute("form", TaskForm.empty());
		return prepare(planId, null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable long planId, @ModelAttribute("form") TaskForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				InvalidInput.throwIfAny(form.unreadable());
				long id = this.plans.addTask(planId, form.details(groupTitles(planId)), form.leads(),
						form.coordinators());
				return "redirect:/plans/" + planId + "#task-id-" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return prepare(planId, null, model);
	}

	@GetMapping("/{taskId}/edit")
	String editForm(@PathVariable long planId, @PathVariable long taskId, Model model) {
		model.addAttribute("form", TaskForm.of(this.editor.task(planId, taskId)));
		return prepare(planId, taskId, model);
	}

	@PostMapping("/{taskId}/edit")
	String update(@PathVariable long planId, @PathVariable long taskId, @ModelAttribute("form") TaskForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				InvalidInput.throwIfAny(form.unreadable());
				this.editor.updateTask(planId, taskId, (form.version() != null) ? form.version() : -1,
						form.details(groupTitles(planId)), form.leads(), form.coordinators());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + planId + "#task-id-" + taskId;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				TaskForm saved = TaskForm.of(this.editor.task(planId, taskId));
				Map<Long, String> names = names(planId, taskId);
				model.addAttribute("conflict", Differences.between(form, saved, (v) -> shown(v, names)));
				model.addAttribute("form", form.withVersion(saved.version()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return prepare(planId, taskId, model);
	}

	@PostMapping("/{taskId}/withdraw")
	String withdraw(@PathVariable long planId, @PathVariable long taskId, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.editor.withdrawTask(planId, taskId, (version != null) ? version : -1, reason);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/plans/" + planId + "#task-id-" + taskId;
		}
		catch (InvalidInput ex) {
			model.addAttribute("withdrawProblems", ex.problems());
			response.setStatus(422);
		}
		catch (StaleVersion ex) {
			model.addAttribute("withdrawStale", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		model.addAttribute("reason", reason);
		model.addAttribute("form", TaskForm.of(this.editor.task(planId, taskId)));
		return prepare(planId, taskId, model);
	}

	private String prepare(long planId, Long taskId, Model model) {
		PlanView plan = this.plans.view(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("taskId", taskId);
		if (taskId != null) {
			model.addAttribute("task", this.editor.task(planId, taskId));
		}
		model.addAttribute("kinds", TimeFrameKind.values());
		model.addAttribute("agencies", this.editor.agencyChoices(planId, taskId));
		return FORM;
	}

	/** The title of a group as another task of the plan already gives it. */
	private Function<String, String> groupTitles(long planId) {
		List<TaskView> tasks = this.plans.view(planId).tasks();
		return (group) -> tasks.stream()
			.filter((t) -> t.groupCode().equals(group))
			.map(TaskView::groupTitle)
			.findFirst()
			.orElse(null);
	}

	private Map<Long, String> names(long planId, long taskId) {
		return this.editor.agencyChoices(planId, taskId)
			.stream()
			.collect(Collectors.toMap(AgencyView::id, AgencyView::name));
	}

	private static Object shown(Object value, Map<Long, String> names) {
		if (value instanceof List<?> ids) {
			return ids.stream().map((id) -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("; "));
		}
		return value;
	}

}
