package vn.hoagiai.cases.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
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

import vn.hoagiai.cases.CaseParties;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.web.ActionForms.PartiesForm;
import vn.hoagiai.mediators.MemberView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.Viewer;

/**
 * A case's page with its timeline and the forms that move it along, the edit form of its
 * intake details (a closed case only with a reason; a stale edit shows both versions) and
 * the party form.
 */
@Controller
@RequestMapping("/cases/{id}")
class CasePages {

	static final String DETAIL = "cases/case";

	static final String EDIT = "cases/edit";

	static final String PARTIES = "cases/parties";

	private final CaseService cases;

	private final CaseParties parties;

	private final CaseChoices choices;

	private final BindingRecovery recovery;

	CasePages(CaseService cases, CaseParties parties, CaseChoices choices, BindingRecovery recovery) {
		this.recovery = recovery;
		this.cases = cases;
		this.parties = parties;
		this.choices = choices;
	}

	@GetMapping
	String detail(@PathVariable long id, Model model) {
		return CaseModel.detail(this.cases.view(id), model, this.choices);
	}

	@GetMapping("/edit")
	String editForm(@PathVariable long id, Model model) {
		CaseView c = this.cases.view(id);
		model.addAttribute("form", EditForm.of(c));
		return edit(c, model);
	}

	@PostMapping("/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") EditForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		if (result.hasErrors()) {
			this.recovery.recover(form, EditForm.class, "form", result, request, model);
			return edit(this.cases.view(id), model);
		}
		try {
			this.cases.update(id, (form.version() != null) ? form.version() : -1, form.details(), form.checklist(),
					form.notification(), form.reason());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput ex) {
			CaseModel.bind(ex, result);
		}
		catch (StaleVersion ex) {
			CaseView saved = this.cases.view(id);
			model.addAttribute("conflict", Differences.between(form, EditForm.of(saved)));
			model.addAttribute("form", form.withVersion(saved.version()));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return edit(saved, model);
		}
		return edit(this.cases.view(id), model);
	}

	@GetMapping("/parties")
	String partiesForm(@PathVariable long id, Model model) {
		CaseView c = this.cases.view(id);
		List<PartyForm> rows = new java.util.ArrayList<>(c.parties().stream().map(PartyForm::of).toList());
		rows.add(PartyForm.blank(PartyRole.RELATED_PERSON));
		model.addAttribute("form", new PartiesForm(c.version(), rows, null));
		return parties(c, model);
	}

	@PostMapping("/parties")
	String editParties(@PathVariable long id, @ModelAttribute("form") PartiesForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		if (result.hasErrors()) {
			this.recovery.recover(form, PartiesForm.class, "form", result, request, model);
			return parties(this.cases.view(id), model);
		}
		try {
			List<PartyForm> rows = (form.parties() != null) ? form.parties() : List.of();
			this.parties.edit(id, (form.version() != null) ? form.version() : -1,
					rows.stream().filter((p) -> p != null && !p.isBlank()).map(PartyForm::edit).toList(),
					form.reason());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput ex) {
			CaseModel.bind(ex, result);
		}
		catch (StaleVersion ex) {
			model.addAttribute("stale", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return parties(this.cases.view(id), model);
	}

	private String edit(CaseView c, Model model) {
		model.addAttribute("c", c);
		this.choices.enums(model);
		return EDIT;
	}

	private String parties(CaseView c, Model model) {
		model.addAttribute("c", c);
		this.choices.enums(model);
		return PARTIES;
	}

	/** A line of the timeline as the page shows it. */
	record TimelineLine(java.time.LocalDate on, String text, String tone) {

	}

	/**
	 * What the case page needs besides the case: names, forms, what the viewer may do.
	 */
	static final class CaseModel {

		private CaseModel() {
		}

		static String detail(CaseView c, Model model, CaseChoices choices) {
			Viewer viewer = CurrentViewer.require();
			boolean manager = viewer.has(Role.COMMUNE_OFFICER) || viewer.has(Role.TEAM_LEADER);
			List<MemberView> members = choices.mediators(c.teamId());
			Map<Long, String> names = members.stream()
				.collect(Collectors.toMap(MemberView::mediatorId, MemberView::fullName));
			model.addAttribute("c", c);
			model.addAttribute("manager", manager);
			model.addAttribute("members", members);
			model.addAttribute("mediatorNames", names);
			model.addAttribute("timeline",
					CaseTimeline.of(c, names)
						.entries()
						.stream()
						.map((e) -> new TimelineLine(e.on(), choices.text(e.key(), e.args()), e.tone()))
						.toList());
			choices.enums(model);
			addIfAbsent(model, "assignForm", ActionForms.AssignForm.blank(c.version()));
			addIfAbsent(model, "sessionForm", ActionForms.SessionForm.blank(c.version()));
			addIfAbsent(model, "outcomeForm", ActionForms.OutcomeForm.blank(c.version(), c.parties()));
			addIfAbsent(model, "planForm", new ActionForms.PlanForm(c.version(), null));
			addIfAbsent(model, "checkForm",
					new ActionForms.CheckForm(c.version(), null, java.time.LocalDate.now(), null, null));
			addIfAbsent(model, "reasonForm", new ActionForms.ReasonForm(c.version(), null));
			return DETAIL;
		}

		static void bind(InvalidInput ex, BindingResult result) {
			ex.problems()
				.forEach((p) -> result.addError(new org.springframework.validation.FieldError(result.getObjectName(),
						p.field(), null, false, new String[] { p.messageKey() }, p.argsArray(), p.messageKey())));
		}

		private static void addIfAbsent(Model model, String name, Object value) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, value);
			}
		}

	}

}
