package vn.hoagiai.training.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.ContestEntries;
import vn.hoagiai.training.ContestFileKind;
import vn.hoagiai.training.ContestMaterials;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;
import vn.hoagiai.training.EventFilter;
import vn.hoagiai.training.EventKind;
import vn.hoagiai.training.ParticipantKind;
import vn.hoagiai.training.TrainingEventService;

/**
 * A contest's page (rounds, participants, judges, criteria, files) and the forms on it
 * that enter and withdraw participants and link rounds to training events.
 */
@Controller
@RequestMapping("/contests/{id}")
class ContestEntryPages {

	static final String CONTEST = "training/contest";

	private static final int CHOICES = 500;

	private final ContestService contests;

	private final ContestEntries entries;

	private final ContestMaterials materials;

	private final TeamService teams;

	private final MediatorService mediators;

	private final TrainingEventService events;

	private final MessageSource messages;

	ContestEntryPages(ContestService contests, ContestEntries entries, ContestMaterials materials, TeamService teams,
			MediatorService mediators, TrainingEventService events, MessageSource messages) {
		this.contests = contests;
		this.entries = entries;
		this.materials = materials;
		this.teams = teams;
		this.mediators = mediators;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping
	String contest(@PathVariable long id, Model model) {
		ContestView contest = this.contests.view(id);
		model.addAttribute("contest", contest);
		model.addAttribute("kinds", ParticipantKind.values());
		model.addAttribute("fileKinds", ContestFileKind.values());
		if (contest.writable()) {
			choices(model);
			model.addAttribute("roundEvents",
					this.events.list(new EventFilter(null, EventKind.CONTEST_ROUND, null, null), PageRequest.of(0, 100))
						.getContent());
		}
		return CONTEST;
	}

	@PostMapping("/participants")
	String participant(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long mediatorId, Locale locale, RedirectAttributes redirect) {
		ParticipantKind kind = (teamId != null) ? ParticipantKind.TEAM
				: (mediatorId != null) ? ParticipantKind.MEDIATOR : null;
		try {
			this.entries.addParticipant(id, version, kind, (teamId != null) ? teamId : mediatorId);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#participants";
	}

	/**
	 * Withdraws a participant; what stops it is shown beside that participant's form,
	 * with the reason typed.
	 */
	@PostMapping("/participants/{participantId}/withdraw")
	String withdrawParticipant(@PathVariable long id, @PathVariable long participantId, @RequestParam long version,
			@RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
		try {
			this.entries.withdrawParticipant(id, version, participantId, reason);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/contests/" + id + "#participants";
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("withdrawing", participantId);
			redirect.addFlashAttribute("withdrawReason", reason);
			redirect.addFlashAttribute("withdrawProblems", FormErrors.texts(this.messages, ex, locale));
			return "redirect:/contests/" + id + "#participant-" + participantId;
		}
	}

	@PostMapping("/rounds/{roundId}/event")
	String round(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@RequestParam(required = false) Long eventId, Locale locale, RedirectAttributes redirect) {
		try {
			this.materials.linkRound(id, version, roundId, eventId);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#rounds";
	}

	/**
	 * The active teams and mediators the viewer may enter (none for a viewer who may
	 * not).
	 */
	private void choices(Model model) {
		try {
			model.addAttribute("teamChoices",
					this.teams.list(new TeamFilter(null, null, null, true, null), PageRequest.of(0, CHOICES))
						.getContent());
			model.addAttribute("mediatorChoices",
					this.mediators.list(new MediatorFilter(null, null, null, true), PageRequest.of(0, CHOICES))
						.getContent());
		}
		catch (AccessDeniedException ex) {
			model.addAttribute("teamChoices", List.of());
			model.addAttribute("mediatorChoices", List.of());
		}
	}

}
