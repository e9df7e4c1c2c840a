package vn.hoagiai.training.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.training.TrainingDashboard;

/**
 * Trained % and access % per commune, and per team of a chosen commune.
 */
@Controller
class DashboardPages {

	static final String PAGE = "training/dashboard";

	private final TrainingDashboard dashboard;

	DashboardPages(TrainingDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/training/dashboard")
	String dashboard(@RequestParam(required = false) Long commune, Model model) {
		model.addAttribute("from", this.dashboard.from());
		model.addAttribute("to", this.dashboard.to());
		model.addAttribute("communes", this.dashboard.communes());
		if (commune != null) {
			model.addAttribute("commune", commune);
			model.addAttribute("teams", this.dashboard.teams(UnitId.of(commune)));
		}
		return PAGE;
	}

}
