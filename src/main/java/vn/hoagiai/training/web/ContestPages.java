package vn.hoagiai.training.web;

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

import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.training.ContestDueDates;
import vn.hoagiai.training.ContestFilter;
import vn.hoagiai.training.ContestLevel;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;

/**
 * Good-mediator contests: the list with when each unit's next one is due, the form that
 * plans and edits one, and withdrawal with a reason.
 */
@Controller
@RequestMapping("/contests")
class ContestPages {

	static final String LIST = "training/contests";

	static final String LIST_TABLE = "training/contests :: contestList";

	static final String FORM = "training/contest-form";

	private static final int PAGE_SIZE = 30;

	private final ContestService contests;

	private final ContestDueDates dueDates;

	private final org.springframework.context.MessageSource messages;

	ContestPages(ContestService contests, ContestDueDates dueDates,
			org.springframework.context.MessageSource messages) {
		this.contests = contests;
		this.dueDates = dueDates;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ContestLevel level,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("year", year);
		model.addAttribute("levels", ContestLevel.values());
		model.addAttribute("contests",
				this.contests.list(new ContestFilter(q, level, year), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		if (htmx != null) {
			return LIST_TABLE;
		}
		model.addAttribute("schedule", this.dueDates.schedule());
		model.addAttribute("interval", this.dueDates.intervalYears());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", ContestForm.blank(null));
		return form(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ContestForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/contests/" + this.contests.create(null, form.details());
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return form(model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		ContestView contest = this.contests.view(id);
		model.addAttribute("contest", contest);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ContestForm.of(contest.details(), contest.version()));
		}
		return form(model);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") ContestForm form, BindingResult result, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.contests.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/contests/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				model.addAttribute("conflict", true);
				response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
			}
		}
		model.addAttribute("contest", this.contests.view(id));
		return form(model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			java.util.Locale locale, RedirectAttributes redirect) {
		try {
			this.contests.withdraw(id, version, reason);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id;
	}

	private String form(Model model) {
		model.addAttribute("levels", ContestLevel.values());
		return FORM;
	}

}
