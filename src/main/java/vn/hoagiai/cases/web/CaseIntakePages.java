package vn.hoagiai.cases.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.cases.CaseIntake;
import vn.hoagiai.cases.IntakeResult;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * The intake form: one column on a phone, the details a phone user rarely needs folded
 * away. Its hidden idempotency key makes a form sent twice create one case.
 */
@Controller
@RequestMapping("/cases/new")
class CaseIntakePages {

	static final String FORM = "cases/intake";

	private final CaseIntake intake;

	private final CaseChoices choices;

	private final BindingRecovery recovery;

	CaseIntakePages(CaseIntake intake, CaseChoices choices, BindingRecovery recovery) {
		this.recovery = recovery;
		this.intake = intake;
		this.choices = choices;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('COMMUNE_OFFICER','TEAM_LEADER')")
	String form(@RequestParam(required = false) Long teamId, Model model) {
		List<TeamRow> teams = this.choices.teams(null);
		Long chosen = (teamId != null) ? teamId : ((teams.size() == 1) ? teams.get(0).id() : null);
		model.addAttribute("form", IntakeForm.blank(chosen));
		return form(model, teams);
	}

	@PostMapping
	String create(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			this.recovery.recover(form, IntakeForm.class, "form", result, request, model);
			return form(model, this.choices.teams(null));
		}
		try {
			if (form.teamId() == null) {
				throw new InvalidInput(List.of(FieldProblem.of("teamId", "validation.required")));
			}
			IntakeResult created = this.intake.intake(form.teamId(), form.details(), form.checklist(), form.partyList(),
					form.idempotencyKey());
			return "redirect:/cases/" + created.caseId();
		}
		catch (InvalidInput ex) {
			CasePages.CaseModel.bind(ex, result);
		}
		return form(model, this.choices.teams(null));
	}

	private String form(Model model, List<TeamRow> teams) {
		model.addAttribute("teams", teams);
		this.choices.enums(model);
		return FORM;
	}

}
