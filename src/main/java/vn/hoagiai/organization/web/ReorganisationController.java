package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.organization.ReorganisationPlan;
import vn.hoagiai.organization.ReorganisationView;
import vn.hoagiai.organization.Reorganiser;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Administrators reorganise the map: a form per operation, a preview of the plan (an htmx
 * fragment, or the whole page without htmx), then the confirmed apply and its record.
 */
@Controller
@RequestMapping("/admin/reorganisations")
@PreAuthorize("hasRole('ADMIN')")
class ReorganisationController {

	static final String LIST = "organization/reorganisations";

	static final String FORM = "organization/reorganise";

	static final String EDITOR_FRAGMENT = "organization/reorganise :: editor";

	static final String CHILDREN_FRAGMENT = "organization/reorganise :: splitChildren";

	static final String RECORD = "organization/reorganisation";

	private static final Map<String, String> FIELD_ALIASES = Map.of("parts", "partNames", "newType", "newName");

	private final Reorganiser reorganiser;

	private final UnitDirectory directory;

	private final MessageSource messages;

	ReorganisationController(Reorganiser reorganiser, UnitDirectory directory, MessageSource messages) {
		this.reorganiser = reorganiser;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reorganisations", this.reorganiser.history());
		model.addAttribute("kinds", FormKind.values());
		return LIST;
	}

	@GetMapping("/{id:\\d+}")
	String record(@PathVariable long id, Model model) {
		ReorganisationView record = this.reorganiser.find(id)
			.orElseThrow(() -> new RecordNotFound("Reorganisation", id));
		model.addAttribute("reorganisation", record);
		return RECORD;
	}

	@GetMapping("/{kind:[a-z]+}")
	String form(@PathVariable String kind, Model model, Locale locale) {
		return page(kind(kind), ReorganisationForm.empty(), new FieldMessages(this.messages, locale), null, model);
	}

	@GetMapping("/split/children")
	String splitChildren(@RequestParam(required = false) Long sourceId,
			@RequestParam(required = false) String effectiveDate, Model model) {
		model.addAttribute("splitChildren", children(sourceId, effectiveDate));
		model.addAttribute("form", ReorganisationForm.empty());
		model.addAttribute("errors", Map.of());
		return CHILDREN_FRAGMENT;
	}

	@PostMapping("/{kind}/preview")
	String preview(@PathVariable String kind, @Valid ReorganisationForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		FormKind formKind = kind(kind);
		ReorganisationForm input = (form != null) ? form : ReorganisationForm.empty();
		FieldMessages errors = new FieldMessages(this.messages, locale).add(result);
		ReorganisationPlan plan = errors.isEmpty() ? plan(formKind, input, errors) : null;
		page(formKind, input, errors, plan, model);
		return (htmx != null) ? EDITOR_FRAGMENT : FORM;
	}

	@PostMapping("/{kind}/apply")
	String apply(@PathVariable String kind, @Valid ReorganisationForm form, BindingResult result, Model model,
			Locale locale) {
		FormKind formKind = kind(kind);
		ReorganisationForm input = (form != null) ? form : ReorganisationForm.empty();
		FieldMessages errors = new FieldMessages(this.messages, locale).add(result);
		ReorganisationPlan plan = errors.isEmpty() ? plan(formKind, input, errors) : null;
		if (plan != null) {
			try {
				return "redirect:/admin/reorganisations/" + this.reorganiser.apply(plan).id() + "?applied";
			}
			catch (BusinessRuleViolation ex) {
				errors.add(ex, FIELD_ALIASES);
			}
		}
		return page(formKind, input, errors, null, model);
	}

	private ReorganisationPlan plan(FormKind kind, ReorganisationForm form, FieldMessages errors) {
		LocalDate date = AsOf.parse(form.effectiveDate()).orElse(null);
		if (date == null) {
			errors.add("effectiveDate", "org.error.dateRequired");
			return null;
		}
		try {
			return switch (kind) {
				case MERGE -> this.reorganiser.planMerge(form.merge(date));
				case SPLIT -> this.reorganiser.planSplit(form.split(date));
				case RENAME -> this.reorganiser.planRename(form.rename(date));
				case MOVE -> this.reorganiser.planMove(form.move(date));
				case ABOLISH -> this.reorganiser.planAbolish(form.abolish(date));
			};
		}
		catch (BusinessRuleViolation ex) {
			errors.add(ex, FIELD_ALIASES);
			return null;
		}
	}

	private String page(FormKind kind, ReorganisationForm form, FieldMessages errors, ReorganisationPlan plan,
			Model model) {
		LocalDate date = AsOf.parse(form.effectiveDate()).orElseGet(LocalDate::now);
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.asMap());
		model.addAttribute("plan", plan);
		model.addAttribute("unitOptions", UnitOption.of(this.directory.visible(VisibleUnits.everything(), date)));
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("splitChildren", children(form.sourceId(), form.effectiveDate()));
		return FORM;
	}

	private List<UnitView> children(Long sourceId, String effectiveDate) {
		if (sourceId == null) {
			return List.of();
		}
		return this.directory.children(UnitId.of(sourceId), AsOf.parse(effectiveDate).orElseGet(LocalDate::now));
	}

	private static FormKind kind(String path) {
		return FormKind.of(path).orElseThrow(() -> new RecordNotFound("Page", path));
	}

}
