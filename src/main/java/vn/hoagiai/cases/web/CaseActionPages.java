package vn.hoagiai.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.cases.CaseFollowUps;
import vn.hoagiai.cases.CaseOutcomes;
import vn.hoagiai.cases.CaseProgress;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.web.ActionForms.AssignForm;
import vn.hoagiai.cases.web.ActionForms.CheckForm;
import vn.hoagiai.cases.web.ActionForms.OutcomeForm;
import vn.hoagiai.cases.web.ActionForms.PlanForm;
import vn.hoagiai.cases.web.ActionForms.ReasonForm;
import vn.hoagiai.cases.web.ActionForms.SessionForm;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;

/**
 * The forms of the case page: assignment, session, outcome, follow-up checks and
 * reopening. Success goes back to the case page; bad input shows the page again with the
 * form open and its errors beside the fields; a stale version shows the page as it is now
 * with the user's entries kept and a conflict notice (409).
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseActionPages {

	private final CaseService cases;

	private final CaseProgress progress;

	private final CaseOutcomes outcomes;

	private final CaseFollowUps followUps;

	private final CaseChoices choices;

	private final BindingRecovery recovery;

	private final HttpServletRequest request;

	CaseActionPages(CaseService cases, CaseProgress progress, CaseOutcomes outcomes, CaseFollowUps followUps,
			CaseChoices choices, BindingRecovery recovery, HttpServletRequest request) {
		this.recovery = recovery;
		this.request = request;
		this.cases = cases;
		this.progress = progress;
		this.outcomes = outcomes;
		this.followUps = followUps;
		this.choices = choices;
	}

	@PostMapping("/assign")
	String assign(@PathVariable long id, @ModelAttribute("assignForm") AssignForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "assign", AssignForm.class, form, result, model);
		}
		return run(id, "assign", result, model, redirect, response, () -> {
			if (form.mediatorId() == null) {
				throw new InvalidInput(java.util.List.of(FieldProblem.of("mediatorId", "validation.required")));
			}
			this.progress.assign(id, version(form.version()), form.mediatorId(),
					IntakeForm.yes(form.declaredInterest()), form.assignedOn(),
					IntakeForm.yes(form.immediateOrAgreedOtherwise()));
		});
	}

	@PostMapping("/sessions")
	String session(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "session", SessionForm.class, form, result, model);
		}
		return run(id, "session", result, model, redirect, response,
				() -> this.progress.addSession(id, version(form.version()), form.details()));
	}

	@PostMapping("/outcome")
	String outcome(@PathVariable long id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "outcome", OutcomeForm.class, form, result, model);
		}
		return run(id, "outcome", result, model, redirect, response,
				() -> this.outcomes.close(id, version(form.version()), form.outcome(),
						(form.result() == vn.hoagiai.cases.CaseResult.SUCCESSFUL) ? form.followUpDue() : null));
	}

	@PostMapping("/follow-ups")
	String plan(@PathVariable long id, @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "plan", PlanForm.class, form, result, model);
		}
		return run(id, "plan", result, model, redirect, response,
				() -> this.followUps.plan(id, version(form.version()), form.dueOn()));
	}

	@PostMapping("/follow-ups/check")
	String check(@PathVariable long id, @ModelAttribute("checkForm") CheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "check", CheckForm.class, form, result, model);
		}
		return run(id, "check", result, model, redirect, response, () -> {
			if (form.followUpId() == null) {
				throw new InvalidInput(java.util.List.of(FieldProblem.of("followUpId", "validation.required")));
			}
			this.followUps.record(id, version(form.version()), form.followUpId(), form.checkedOn(), form.result(),
					form.note());
		});
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return failed(id, "reopen", ReasonForm.class, form, result, model);
		}
		return run(id, "reopen", result, model, redirect, response,
				() -> this.outcomes.reopen(id, version(form.version()), form.reason()));
	}

	private String run(long id, String formName, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput ex) {
			CasePages.CaseModel.bind(demandsOnTheirField(ex), result);
		}
		catch (StaleVersion ex) {
			model.addAttribute("stale", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		model.addAttribute("openForm", formName);
		return CasePages.CaseModel.detail(this.cases.view(id), model, this.choices);
	}

	/**
	 * A form that could not be bound: the page again with the user's entries and the
	 * errors.
	 */
	private <T> String failed(long id, String formName, Class<T> type, T form, BindingResult result, Model model) {
		this.recovery.recover(form, type, result.getObjectName(), result, this.request, model);
		model.addAttribute("openForm", formName);
		return CasePages.CaseModel.detail(this.cases.view(id), model, this.choices);
	}

	/**
	 * The outcome rule names a party's demands "demands[i]"; the form's field is below
	 * it.
	 */
	private static InvalidInput demandsOnTheirField(InvalidInput ex) {
		return new InvalidInput(ex.problems()
			.stream()
			.map((p) -> p.field().matches("demands\\[\\d+]")
					? FieldProblem.of(p.field() + ".demands", p.messageKey(), p.argsArray()) : p)
			.toList());
	}

	private static long version(Long version) {
		return (version != null) ? version : -1;
	}

}
