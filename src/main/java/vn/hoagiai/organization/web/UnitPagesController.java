package vn.hoagiai.organization.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.UnitId;

/**
 * The unit tree the viewer may see, as of any date, and one unit's page with its history.
 * The administrators' writes are in {@link UnitAdminController}.
 */
@Controller
class UnitPagesController {

	static final String TREE = "organization/units";

	static final String TREE_FRAGMENT = "organization/units :: tree";

	static final String UNIT = "organization/unit";

	private final UnitScope scope;

	private final UnitPageModel pageModel;

	UnitPagesController(UnitScope scope, UnitPageModel pageModel) {
		this.scope = scope;
		this.pageModel = pageModel;
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) String asOf,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate date = AsOf.parse(asOf).orElseGet(LocalDate::now);
		model.addAttribute("asOfInvalid", AsOf.isInvalid(asOf));
		this.pageModel.fillTree(model, date);
		return (htmx != null) ? TREE_FRAGMENT : TREE;
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
		UnitId unit = UnitId.of(id);
		this.scope.requireUnit(unit);
		LocalDate date = AsOf.parse(asOf).orElseGet(LocalDate::now);
		model.addAttribute("asOfInvalid", AsOf.isInvalid(asOf));
		this.pageModel.fill(model, unit, date);
		return UNIT;
	}

}
