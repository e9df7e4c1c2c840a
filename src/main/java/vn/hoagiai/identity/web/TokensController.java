package vn.hoagiai.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.hoagiai.identity.ApiTokens;
import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * The signed-in user's personal API tokens. A new token is shown once, in the answer to
 * the request that created it (nothing keeps it for a later page).
 */
@Controller
class TokensController {

	static final String VIEW = "identity/tokens";

	static final String ISSUED_VIEW = "identity/token-issued";

	private final ApiTokens tokens;

	TokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		model.addAttribute("form", TokenForm.empty());
		return page(model);
	}

	@PostMapping("/account/tokens")
	String issue(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("token", this.tokens.issue(form.name(), form.expiresOn()));
				model.addAttribute("name", form.name());
				return ISSUED_VIEW;
			}
			catch (BusinessRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		this.tokens.revoke(id);
		return "redirect:/account/tokens";
	}

	private String page(Model model) {
		model.addAttribute("tokens", this.tokens.mine());
		return VIEW;
	}

}
