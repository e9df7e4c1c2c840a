package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.InvalidInput;

/**
 * The team page's smaller actions: recognise as a typical model, dissolve.
 */
@Controller
@RequestMapping("/teams/{id}")
class TeamActionPages {

	private final TeamService teams;

	private final ActionErrors errors;

	TeamActionPages(TeamService teams, ActionErrors errors) {
		this.teams = teams;
		this.errors = errors;
	}

	@PostMapping("/typical-model")
	String typicalModel(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String decision, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.teams.recogniseTypicalModel(id, version, decision, year);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			redirect.addFlashAttribute("actionErrors", this.errors.of(ex, locale));
		}
		return "redirect:/teams/" + id;
	}

	@PostMapping("/dissolve")
	String dissolve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		try {
			this.teams.dissolve(id, version, date, reason);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			redirect.addFlashAttribute("actionErrors", this.errors.of(ex, locale));
		}
		return "redirect:/teams/" + id;
	}

}
