package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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

import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.DismissalGround;
import vn.hoagiai.mediators.ElectionMethod;
import vn.hoagiai.mediators.Ethnicities;
import vn.hoagiai.mediators.LegalTraining;
import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.MediatorView;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;

/**
 * The mediator pages: the searchable list, a mediator's record, and the forms that
 * register, edit, move and dismiss.
 */
@Controller
@RequestMapping("/mediators")
class MediatorPages {

	static final String LIST = "mediators/mediators";

	static final String LIST_TABLE = "mediators/mediators :: table";

	static final String DETAIL = "mediators/mediator";

	static final String FORM = "mediators/mediator-form";

	private static final int PAGE_SIZE = 30;

	private static final int MAX_TEAM_CHOICES = 500;

	private final MediatorService mediators;

	private final TeamService teams;

	private final Ethnicities ethnicities;

	private final UnitDirectory units;

	private final MediatorAccounts accounts;

	MediatorPages(MediatorService mediators, TeamService teams, Ethnicities ethnicities, UnitDirectory units,
			MediatorAccounts accounts) {
		this.accounts = accounts;
		this.mediators = mediators;
		this.teams = teams;
		this.ethnicities = ethnicities;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long teamId,
			@RequestParam(defaultValue = "true") boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("teamId", teamId);
		model.addAttribute("active", active);
		model.addAttribute("mediators", this.mediators.list(new MediatorFilter(null, teamId, q, active),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return (htmx != null && !"main".equals(htmx)) ? LIST_TABLE : LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		MediatorView mediator = this.mediators.view(id);
		model.addAttribute("mediator", mediator);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form(mediator));
		}
		model.addAttribute("grounds", DismissalGround.values());
		model.addAttribute("teamChoices",
				this.teams.list(new TeamFilter(null, null, null, true, null), PageRequest.of(0, MAX_TEAM_CHOICES))
					.getContent()
					.stream()
					.filter((t) -> !Long.valueOf(t.id()).equals(mediator.teamId()))
					.toList());
		model.addAttribute("today", LocalDate.now());
		return choices(model, DETAIL);
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long teamId, Model model) {
		model.addAttribute("form", new MediatorRequest(null, null, null, null, null, null, null, Background.OTHER, null,
				null, null, null, null, null, null, null, null, teamId, TeamRole.MEMBER, LocalDate.now(), null));
		if (teamId != null) {
			model.addAttribute("team", this.teams.view(teamId));
		}
		return choices(model, FORM);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") MediatorRequest form, BindingResult result, Model model) {
		try {
			if (form.teamId() == null) {
				throw BusinessRuleViolation.onField("teamId", "validation.required");
			}
			long id = this.mediators.create(form.details(), form.teamId(), form.role(), form.joined());
			return "redirect:/mediators/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.bind(ex, result);
		}
		catch (BusinessRuleViolation ex) {
			FormErrors.bind(ex, result);
		}
		if (form.teamId() != null) {
			model.addAttribute("team", this.teams.view(form.teamId()));
		}
		return choices(model, FORM);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") MediatorRequest form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.mediators.update(id, (form.version() != null) ? form.version() : -1, form.details());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/mediators/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.bind(ex, result);
		}
		catch (StaleVersion ex) {
			MediatorRequest saved = form(this.mediators.view(id));
			model.addAttribute("conflict", VersionConflict.between(form, saved, "mediator."));
			model.addAttribute("form", form.withVersion(saved.version()));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/account")
	String account(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String username,
			RedirectAttributes redirect) {
		try {
			this.accounts.link(id, version, username);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("accountError", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("accountTried", username);
		}
		catch (StaleVersion ex) {
			redirect.addFlashAttribute("accountError", "mediator.account.error.stale");
			redirect.addFlashAttribute("accountTried", username);
		}
		return "redirect:/mediators/" + id + "#account";
	}

	@PostMapping("/{id}/leader")
	String leader(@PathVariable long id, RedirectAttributes redirect) {
		this.mediators.appointLeader(id, LocalDate.now());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/mediators/" + id;
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) DismissalGround ground, @RequestParam(required = false) String decision,
			@RequestParam(required = false) LocalDate date, RedirectAttributes redirect) {
		try {
			this.mediators.dismiss(id, version, ground, decision, date);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("dismissFailed", true);
		}
		return "redirect:/mediators/" + id;
	}

	private String choices(Model model, String view) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("backgrounds", Background.values());
		model.addAttribute("trainings", LegalTraining.values());
		model.addAttribute("methods", ElectionMethod.values());
		model.addAttribute("roles", TeamRole.values());
		model.addAttribute("ethnicities", this.ethnicities.all());
		List<UnitView> villages = this.units.subtree(CurrentViewer.require().unitId(), LocalDate.now())
			.stream()
			.filter((u) -> u.type().isVillageLevel())
			.toList();
		model.addAttribute("villages", villages);
		return view;
	}

	private static MediatorRequest form(MediatorView view) {
		MediatorDetails d = view.details();
		return new MediatorRequest(d.fullName(), d.sex(), d.birthYear(), d.ethnicityCode(), d.phone(),
				(d.residence() != null) ? d.residence().value() : null, d.occupation(), d.background(),
				d.legalTraining(), d.election().method(), d.election().date(), d.election().votesFor(),
				d.election().households(), d.recognitionNumber(), d.recognitionDate(), d.termStart(), d.termEnd(),
				view.teamId(), view.role(), null, view.version());
	}

}
