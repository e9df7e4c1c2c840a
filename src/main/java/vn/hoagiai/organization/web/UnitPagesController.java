package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * The unit tree the viewer may see, as of any date, and one unit's page with its history;
 * administrators correct a unit's code, flags and households there.
 */
@Controller
class UnitPagesController {

	static final String TREE = "organization/units";

	static final String TREE_FRAGMENT = "organization/units :: tree";

	static final String UNIT = "organization/unit";

	private final UnitScope scope;

	private final UnitDirectory directory;

	private final UnitPageModel pageModel;

	private final UnitAdministration administration;

	private final MessageSource messages;

	UnitPagesController(UnitScope scope, UnitDirectory directory, UnitPageModel pageModel,
			UnitAdministration administration, MessageSource messages) {
		this.scope = scope;
		this.directory = directory;
		this.pageModel = pageModel;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) String asOf,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate date = AsOf.parse(asOf).orElseGet(LocalDate::now);
		model.addAttribute("asOf", date);
		model.addAttribute("asOfInvalid", AsOf.isInvalid(asOf));
		model.addAttribute("roots", TreeNode.forest(this.directory.visible(this.scope.visibleUnits(), date)));
		return (htmx != null) ? TREE_FRAGMENT : TREE;
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
		UnitId unit = UnitId.of(id);
		this.scope.requireUnit(unit);
		LocalDate date = AsOf.parse(asOf).orElseGet(LocalDate::now);
		this.pageModel.fill(model, unit, date);
		model.addAttribute("asOfInvalid", AsOf.isInvalid(asOf));
		return UNIT;
	}

	@PostMapping("/units/{id}/agencies/{agencyId}/successor")
	@PreAuthorize("hasRole('ADMIN')")
	String successor(@PathVariable long id, @PathVariable long agencyId,
			@RequestParam(required = false) Long successorId) {
		this.administration.setAgencySuccessor(agencyId, successorId);
		return "redirect:/units/" + id + "?saved";
	}

	@PostMapping("/units/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long id, @Valid UnitEditForm form, BindingResult result, Model model, Locale locale) {
		UnitId unit = UnitId.of(id);
		UnitView view = this.directory.find(unit).orElseThrow(() -> new RecordNotFound("Unit", id));
		FieldMessages errors = new FieldMessages(this.messages, locale).add(result);
		if (errors.isEmpty()) {
			try {
				this.administration.updateUnit(unit, form.version(), form.toUpdate());
				return "redirect:/units/" + id + "?saved";
			}
			catch (BusinessRuleViolation ex) {
				errors.add(ex, Map.of());
			}
		}
		this.pageModel.fill(model, view.id(), LocalDate.now());
		model.addAttribute("editForm", form);
		model.addAttribute("errors", errors.asMap());
		return UNIT;
	}

}
