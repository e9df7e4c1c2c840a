package vn.hoagiai.mediators.web;

import java.util.List;

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

import vn.hoagiai.mediators.TrainerBackground;
import vn.hoagiai.mediators.TrainerDetails;
import vn.hoagiai.mediators.TrainerFilter;
import vn.hoagiai.mediators.TrainerLevel;
import vn.hoagiai.mediators.TrainerService;
import vn.hoagiai.mediators.TrainerUnit;
import vn.hoagiai.mediators.TrainerView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * The trainer pages: the searchable list under the trainer-target tiles, a trainer's
 * record with its edit form, and the registration form.
 */
@Controller
@RequestMapping("/trainers")
class TrainerPages {

	static final String LIST = "mediators/trainers";

	static final String LIST_TABLE = "mediators/trainers :: table";

	static final String DETAIL = "mediators/trainer";

	static final String FORM = "mediators/trainer-form";

	private static final int PAGE_SIZE = 30;

	private final TrainerService trainers;

	TrainerPages(TrainerService trainers) {
		this.trainers = trainers;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) TrainerLevel level,
			@RequestParam(required = false) String active, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Boolean activeOnly = activeOnly(active);
		UnitId unit = (unitId != null) ? UnitId.of(unitId) : null;
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("active", (activeOnly != null) ? activeOnly.toString() : "");
		model.addAttribute("unitId", unitId);
		model.addAttribute("levels", TrainerLevel.values());
		model.addAttribute("trainers", this.trainers.list(new TrainerFilter(unit, q, level, activeOnly),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("ratio", this.trainers.ratio((unit != null) ? unit : CurrentViewer.require().unitId()));
		boolean fragment = htmx != null && !"main".equals(htmx);
		model.addAttribute("htmx", fragment);
		if (fragment) {
			return LIST_TABLE;
		}
		model.addAttribute("units", this.trainers.units());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long unitId, Model model) {
		List<TrainerUnit> units = this.trainers.units();
		TrainerUnit chosen = units.stream()
			.filter((u) -> unitId == null || u.unit().id().value() == unitId)
			.findFirst()
			.orElse(null);
		model.addAttribute("form", (chosen != null) ? TrainerRequest.blank(chosen.unit().id().value(), chosen.level())
				: TrainerRequest.blank(null, null));
		return choices(model, units, FORM);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") TrainerRequest form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				if (form.unitId() == null) {
					throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
				}
				long id = this.trainers.create(UnitId.of(form.unitId()), form.details());
				return "redirect:/trainers/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return choices(model, this.trainers.units(), FORM);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		TrainerView trainer = this.trainers.view(id);
		model.addAttribute("trainer", trainer);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form(trainer));
		}
		List<TrainerUnit> units = this.trainers.units()
			.stream()
			.filter((u) -> u.unit().id().equals(trainer.unitId()))
			.toList();
		return choices(model, units, DETAIL);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TrainerRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.trainers.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/trainers/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.trainers.deactivate(id, version);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/trainers/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.trainers.reactivate(id, version);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/trainers/" + id;
	}

	/** Active trainers unless asked otherwise; an empty choice means all. */
	private static Boolean activeOnly(String active) {
		if (active == null || "true".equals(active)) {
			return true;
		}
		return "false".equals(active) ? false : null;
	}

	private static String choices(Model model, List<TrainerUnit> units, String view) {
		model.addAttribute("units", units);
		model.addAttribute("backgrounds", TrainerBackground.values());
		model.addAttribute("levels", TrainerLevel.values());
		return view;
	}

	private static TrainerRequest form(TrainerView view) {
		TrainerDetails d = view.details();
		return new TrainerRequest(view.unitId().value(), d.fullName(), d.agencyId(), d.agencyName(), d.background(),
				d.level(), d.topics(), view.version());
	}

}
