package vn.hoagiai.organization.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Viewer;

/**
 * The home page: the viewer's unit, what lies directly below it, and the tasks of their
 * role.
 */
@Controller
class HomeController {

	static final String VIEW = "organization/home";

	private final UnitScope scope;

	private final UnitDirectory directory;

	HomeController(UnitScope scope, UnitDirectory directory) {
		this.scope = scope;
		this.directory = directory;
	}

	@GetMapping("/")
	String home(Model model) {
		Viewer viewer = CurrentViewer.require();
		model.addAttribute("unit", this.scope.requireUnit(viewer.unitId()));
		model.addAttribute("children", this.directory.children(viewer.unitId(), LocalDate.now()));
		model.addAttribute("ancestry", this.directory.ancestry(viewer.unitId(), LocalDate.now()));
		return VIEW;
	}

}
