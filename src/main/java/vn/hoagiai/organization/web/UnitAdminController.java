package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Administrators add units and agencies, correct a unit's code, flags and households
 * (with the version they saw), and name an ended agency's successor. Errors re-render the
 * page with messages by field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

	private final UnitAdministration administration;

	private final UnitDirectory directory;

	private final UnitPageModel pageModel;

	private final MessageSource messages;

	UnitAdminController(UnitAdministration administration, UnitDirectory directory, UnitPageModel pageModel,
			MessageSource messages) {
		this.administration = administration;
		this.directory = directory;
		this.pageModel = pageModel;
		this.messages = messages;
	}

	@PostMapping("/units")
	String createUnit(@Valid NewUnitForm form, BindingResult result, Model model, Locale locale) {
		NewUnitForm input = (form != null) ? form : NewUnitForm.empty();
		FieldMessages errors = new FieldMessages(this.messages, locale).add(result);
		Optional<LocalDate> from = date(input.validFrom(), "validFrom", errors);
		if (errors.isEmpty()) {
			try {
				return "redirect:/units/" + this.administration.createUnit(input.toCommand(from.get())) + "?saved";
			}
			catch (BusinessRuleViolation ex) {
				errors.add(ex, Map.of());
			}
		}
		this.pageModel.fillTree(model, LocalDate.now());
		model.addAttribute("asOfInvalid", false);
		model.addAttribute("newUnitForm", input);
		model.addAttribute("errors", errors.asMap());
		return UnitPagesController.TREE;
	}

	@PostMapping("/units/{id}")
	String edit(@PathVariable long id, @Valid UnitEditForm form, BindingResult result, Model model, Locale locale) {
		UnitId unit = existing(id);
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
		return unitPage(unit, model, errors, "editForm", form);
	}

	@PostMapping("/units/{id}/agencies")
	String createAgency(@PathVariable long id, @Valid NewAgencyForm form, BindingResult result, Model model,
			Locale locale) {
		UnitId unit = existing(id);
		NewAgencyForm input = (form != null) ? form : NewAgencyForm.empty();
		FieldMessages errors = new FieldMessages(this.messages, locale).add(result);
		Optional<LocalDate> from = date(input.validFrom(), "validFrom", errors);
		if (errors.isEmpty()) {
			try {
				this.administration.createAgency(input.toCommand(id, from.get()));
				return "redirect:/units/" + id + "?saved";
			}
			catch (BusinessRuleViolation ex) {
				errors.add(ex, Map.of("unitId", "validFrom"));
			}
		}
		return unitPage(unit, model, errors, "agencyForm", input);
	}

	@PostMapping("/units/{id}/agencies/{agencyId}/successor")
	String successor(@PathVariable long id, @PathVariable long agencyId,
			@RequestParam(required = false) Long successorId) {
		this.administration.setAgencySuccessor(agencyId, successorId);
		return "redirect:/units/" + id + "?saved";
	}

	private String unitPage(UnitId unit, Model model, FieldMessages errors, String formName, Object form) {
		this.pageModel.fill(model, unit, LocalDate.now());
		model.addAttribute("asOfInvalid", false);
		model.addAttribute(formName, form);
		model.addAttribute("errors", errors.asMap());
		return UnitPagesController.UNIT;
	}

	private UnitId existing(long id) {
		return this.directory.find(UnitId.of(id)).orElseThrow(() -> new RecordNotFound("Unit", id)).id();
	}

	private static Optional<LocalDate> date(String text, String field, FieldMessages errors) {
		Optional<LocalDate> date = AsOf.parse(text);
		if (date.isEmpty() && text != null && !text.isBlank()) {
			errors.add(field, "org.error.dateRequired");
		}
		return date;
	}

}
