package vn.hoagiai.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.identity.IssuedPassword;
import vn.hoagiai.identity.UserAdministration;
import vn.hoagiai.identity.UserDirectory;
import vn.hoagiai.identity.UserSummary;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;

/**
 * Administrators create, edit, reset and deactivate accounts. A temporary password is
 * shown once, in the answer to the request that made it; nothing keeps it for later.
 */
@Controller
class UserAdminController {

	static final String NEW_VIEW = "identity/user-new";

	static final String USER_VIEW = "identity/user";

	static final String PASSWORD_VIEW = "identity/temporary-password";

	private final UserAdministration administration;

	private final UserDirectory users;

	UserAdminController(UserAdministration administration, UserDirectory users) {
		this.administration = administration;
		this.users = users;
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		return choices(model, NEW_VIEW);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return issued(this.administration.create(form.toCommand()), true, model);
			}
			catch (BusinessRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return choices(model, NEW_VIEW);
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		UserSummary user = this.users.find(id);
		model.addAttribute("form", EditUserForm.of(user));
		model.addAttribute("deactivation", DeactivateForm.empty());
		return userPage(user, model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.update(id, form.toCommand());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (BusinessRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("deactivation", DeactivateForm.empty());
		return userPage(this.users.find(id), model);
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String resetPassword(@PathVariable long id, Model model) {
		return issued(this.administration.resetPassword(id), false, model);
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@PathVariable long id, @Valid @ModelAttribute("deactivation") DeactivateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.deactivate(id, form.reason());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (BusinessRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		UserSummary user = this.users.find(id);
		model.addAttribute("form", EditUserForm.of(user));
		return userPage(user, model);
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.reactivate(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	private String userPage(UserSummary user, Model model) {
		model.addAttribute("user", user);
		return choices(model, USER_VIEW);
	}

	private String choices(Model model, String view) {
		model.addAttribute("units", this.users.unitChoices());
		model.addAttribute("roles", Role.values());
		return view;
	}

	private static String issued(IssuedPassword issued, boolean created, Model model) {
		model.addAttribute("issued", issued);
		model.addAttribute("created", created);
		return PASSWORD_VIEW;
	}

}
