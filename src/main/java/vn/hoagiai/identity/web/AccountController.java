package vn.hoagiai.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import vn.hoagiai.identity.Accounts;

/**
 * The signed-in user's profile and language.
 */
@Controller
class AccountController {

	static final String VIEW = "identity/account";

	private final Accounts accounts;

	private final LocaleResolver locales;

	AccountController(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("profile", this.accounts.profile());
		return VIEW;
	}

	@PostMapping("/account/language")
	String language(@RequestParam(defaultValue = "vi") String language, HttpServletRequest request,
			HttpServletResponse response) {
		this.locales.setLocale(request, response, Locale.forLanguageTag("en".equals(language) ? "en" : "vi"));
		return "redirect:/account";
	}

}
