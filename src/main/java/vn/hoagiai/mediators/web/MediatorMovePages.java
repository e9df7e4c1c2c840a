package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.InvalidInput;

/**
 * Moves a mediator to another team; the old membership is closed and kept.
 */
@Controller
class MediatorMovePages {

	private final MediatorService mediators;

	private final ActionErrors errors;

	MediatorMovePages(MediatorService mediators, ActionErrors errors) {
		this.mediators = mediators;
		this.errors = errors;
	}

	@PostMapping("/mediators/{id}/move")
	String move(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (teamId == null) {
				throw BusinessRuleViolation.onField("teamId", "validation.required");
			}
			this.mediators.move(id, version, teamId, TeamRole.MEMBER, date, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			redirect.addFlashAttribute("actionErrors", this.errors.of(ex, locale));
		}
		return "redirect:/mediators/" + id;
	}

}
