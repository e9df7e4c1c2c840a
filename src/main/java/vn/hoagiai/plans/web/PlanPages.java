package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.hoagiai.plans.LiveTargets;
import vn.hoagiai.plans.PlanIndicators;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.plans.ProgressService;

/**
 * The plan pages: the list, a plan's page (structure, targets, tasks, who was responsible
 * when), the year × task grid, the timeline as SVG, overdue and due-soon lists, and "my
 * agency's tasks".
 */
@Controller
@RequestMapping("/plans")
class PlanPages {

	static final String LIST = "plans/plans";

	static final String PLAN = "plans/plan";

	static final String GRID = "plans/grid";

	static final String ATTENTION = "plans/attention";

	static final String MINE = "plans/mine";

	private final PlanService plans;

	private final ProgressService progress;

	private final PlanIndicators indicators;

	private final MessageSource messages;

	PlanPages(PlanService plans, ProgressService progress, PlanIndicators indicators, MessageSource messages) {
		this.plans = plans;
		this.indicators = indicators;
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("plans", this.plans.list());
		model.addAttribute("canCreate", this.plans.canCreatePlans());
		return LIST;
	}

	/**
	 * A plan's page; its targets carry their indicators' live values for {@code year}
	 * (the current reporting year when not given or outside the plan's period).
	 */
	@GetMapping("/{id}")
	String plan(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		PlanView plan = this.plans.view(id);
		LiveTargets live = this.indicators.live(id, year);
		model.addAttribute("plan", plan);
		model.addAttribute("live", live);
		model.addAttribute("year", live.year());
		model.addAttribute("canCreate", this.plans.canCreatePlans());
		return PLAN;
	}

	@GetMapping("/{id}/grid")
	String grid(@PathVariable long id, Model model) {
		model.addAttribute("grid", this.progress.grid(id));
		return GRID;
	}

	@GetMapping(value = "/{id}/timeline.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> timeline(@PathVariable long id, Locale locale) {
		String svg = new Timeline(this.messages, locale, LocalDate.now()).render(this.progress.grid(id));
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
	}

	@GetMapping("/attention")
	String attention(@RequestParam(defaultValue = "30") int days, Model model) {
		model.addAttribute("attention", this.progress.attention(Math.min(Math.max(days, 0), 366)));
		return ATTENTION;
	}

	@GetMapping("/mine")
	String mine(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agencyId,
			Model model) {
		int chosen = (year != null) ? year : LocalDate.now().getYear();
		model.addAttribute("mine", this.progress.mine(chosen, agencyId));
		return MINE;
	}

}
