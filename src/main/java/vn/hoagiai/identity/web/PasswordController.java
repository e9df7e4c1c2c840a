package vn.hoagiai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.identity.Accounts;
import vn.hoagiai.identity.PasswordChangeSession;
import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * Changing one's own password, also the page a user with a temporary password is held on.
 */
@Controller
class PasswordController {

	static final String VIEW = "identity/password";

	private final Accounts accounts;

	private final PasswordChangeSession session;

	PasswordController(Accounts accounts, PasswordChangeSession session) {
		this.accounts = accounts;
		this.session = session;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return page(model);
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && !form.confirmed()) {
			result.rejectValue("confirmation", "identity.password.error.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(form.currentPassword(), form.newPassword());
				this.session.passwordChanged(request, response);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/account";
			}
			catch (BusinessRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("mustChange", this.accounts.profile().mustChangePassword());
		return VIEW;
	}

}
