package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.ProposalKind;
import vn.hoagiai.mediators.ProposalService;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

/**
 * The team pages: the list with compliance badges, a team with its members and reviews,
 * and the forms that change it.
 */
@Controller
@RequestMapping("/teams")
class TeamPages {

	static final String LIST = "mediators/teams";

	static final String LIST_TABLE = "mediators/teams :: table";

	static final String DETAIL = "mediators/team";

	static final String FORM = "mediators/team-form";

	private static final int PAGE_SIZE = 30;

	private final TeamService teams;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final ProposalService proposals;

	TeamPages(TeamService teams, UnitDirectory units, MessageSource messages, ProposalService proposals) {
		this.teams = teams;
		this.proposals = proposals;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean compliant,
			@RequestParam(required = false) Boolean unreviewed, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		int year = LocalDate.now().getYear();
		TeamFilter filter = new TeamFilter(null, q, compliant, true, Boolean.TRUE.equals(unreviewed) ? year : null);
		model.addAttribute("q", q);
		model.addAttribute("compliant", compliant);
		model.addAttribute("unreviewed", unreviewed);
		model.addAttribute("year", year);
		model.addAttribute("teams", this.teams.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return (htmx != null) ? LIST_TABLE : LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		TeamView team = this.teams.view(id);
		model.addAttribute("team", team);
		model.addAttribute("teamId", id);
		model.addAttribute("members", team.members());
		model.addAttribute("proposals", this.proposals.of(id));
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("year", LocalDate.now().getYear());
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form(team));
		}
		return DETAIL;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new TeamRequest(null, null, null, null, null, null, null));
		return prepareForm(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") TeamRequest form, BindingResult result, Model model) {
		try {
			if (form.unitId() == null) {
				throw BusinessRuleViolation.onField("unitId", "validation.required");
			}
			long id = this.teams.create(UnitId.of(form.unitId()), form.details());
			return "redirect:/teams/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.bind(ex, result);
		}
		catch (BusinessRuleViolation ex) {
			FormErrors.bind(ex, result);
		}
		return prepareForm(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TeamRequest form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.teams.update(id, (form.version() != null) ? form.version() : -1, form.details());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/teams/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.bind(ex, result);
		}
		catch (StaleVersion ex) {
			TeamRequest saved = form(this.teams.view(id));
			model.addAttribute("conflict", VersionConflict.between(form, saved, "team."));
			model.addAttribute("form", form.withVersion(saved.version()));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String changes, @RequestParam(required = false) String reviewer,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.teams.review(id, date, changes, reviewer);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("reviewErrors",
					ex.problems()
						.stream()
						.map((p) -> this.messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale))
						.toList());
		}
		return "redirect:/teams/" + id + "#reviews";
	}

	private String prepareForm(Model model) {
		UnitId root = CurrentViewer.require().unitId();
		List<UnitView> villages = this.units.subtree(root, LocalDate.now())
			.stream()
			.filter((u) -> u.type().isVillageLevel())
			.toList();
		model.addAttribute("villages", villages);
		return FORM;
	}

	private static TeamRequest form(TeamView team) {
		return new TeamRequest(team.unitId().value(), team.details().name(), team.details().decisionNumber(),
				team.details().decisionDate(), team.details().decisionSigner(), team.details().quota(), team.version());
	}

}
