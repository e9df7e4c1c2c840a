package vn.hoagiai.mediators.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.ProposalKind;
import vn.hoagiai.mediators.ProposalService;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.InvalidInput;

/**
 * A team's proposals: the leader proposes, the commune officer decides. The list is part
 * of the team page.
 */
@Controller
@RequestMapping("/teams/{teamId}/proposals")
class ProposalPages {

	private final ProposalService proposals;

	private final ActionErrors errors;

	ProposalPages(ProposalService proposals, ActionErrors errors) {
		this.proposals = proposals;
		this.errors = errors;
	}

	@PostMapping
	String propose(@PathVariable long teamId, @RequestParam(required = false) ProposalKind kind,
			@RequestParam(required = false) Long mediatorId, @RequestParam(required = false) String content,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.proposals.propose(teamId, kind, mediatorId, content);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			redirect.addFlashAttribute("actionErrors", this.errors.of(ex, locale));
		}
		return "redirect:/teams/" + teamId + "#proposals";
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable long teamId, @PathVariable long id, @RequestParam long version,
			@RequestParam boolean accepted, @RequestParam(required = false) String note, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.proposals.decide(id, version, accepted, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			redirect.addFlashAttribute("actionErrors", this.errors.of(ex, locale));
		}
		return "redirect:/teams/" + teamId + "#proposals";
	}

}
