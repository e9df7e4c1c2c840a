package vn.hoagiai.cases.fees;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /fees/rates}: the provinces' fee rates, for administrators and provincial
 * officers: the list with a form for a new rate, and an edit page per rate.
 */
@Controller
@PreAuthorize(FeeRates.KEEPERS)
class FeeRatePages {

	static final String LIST = "cases/fees-rates";

	static final String EDIT = "cases/fees-rate";

	private final FeeRates rates;

	FeeRatePages(FeeRates rates) {
		this.rates = rates;
	}

	@GetMapping("/fees/rates")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RateForm.blank());
		}
		return list(model, LIST);
	}

	@PostMapping("/fees/rates")
	String create(@ModelAttribute("form") RateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.rates.create((form.provinceId() != null) ? UnitId.of(form.provinceId()) : null, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/fees/rates";
			}
			catch (InvalidInput ex) {
				FeeFormErrors.bind(ex, result);
			}
		}
		return list(model, LIST);
	}

	@GetMapping("/fees/rates/{id}")
	String edit(@PathVariable long id, Model model) {
		FeeRates.RateView rate = find(id);
		model.addAttribute("rate", rate);
		model.addAttribute("form", RateForm.of(rate));
		return EDIT;
	}

	@PostMapping("/fees/rates/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") RateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FeeRates.RateView rate = find(id);
		if (!result.hasErrors()) {
			try {
				this.rates.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/fees/rates";
			}
			catch (InvalidInput ex) {
				FeeFormErrors.bind(ex, result);
			}
		}
		model.addAttribute("rate", rate);
		return EDIT;
	}

	private FeeRates.RateView find(long id) {
		return this.rates.list()
			.stream()
			.filter((r) -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound(FeeRates.RECORD, id));
	}

	private String list(Model model, String view) {
		model.addAttribute("rates", this.rates.list());
		model.addAttribute("provinces", this.rates.provinces());
		return view;
	}

}
