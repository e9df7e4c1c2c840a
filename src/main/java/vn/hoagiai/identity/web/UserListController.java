package vn.hoagiai.identity.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.identity.UserDirectory;
import vn.hoagiai.identity.UserFilter;
import vn.hoagiai.shared.Role;

/**
 * The administrators' user list: filters, pages, and for htmx only the results.
 */
@Controller
class UserListController {

	static final String VIEW = "identity/users";

	static final String RESULTS = VIEW + " :: results";

	private final UserDirectory users;

	UserListController(UserDirectory users) {
		this.users = users;
	}

	/**
	 * Unparseable filters are ignored rather than refused: a list never fails on them.
	 */
	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String role, @RequestParam(required = false) String active,
			@RequestParam(defaultValue = "0") String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		UserFilter filter = new UserFilter((q != null && q.length() <= 100) ? q : null, number(unit), role(role),
				active(active));
		Long pageNumber = number(page);
		model.addAttribute("filter", filter);
		model.addAttribute("users", this.users.search(filter, (pageNumber != null) ? pageNumber.intValue() : 0));
		if (htmx != null) {
			return RESULTS;
		}
		model.addAttribute("units", this.users.unitChoices());
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	private static Long number(String text) {
		return (text != null && text.matches("\\d{1,9}")) ? Long.valueOf(text) : null;
	}

	private static Role role(String text) {
		return Arrays.stream(Role.values())
			.filter((r) -> r.name().equals((text != null) ? text.toUpperCase(Locale.ROOT) : null))
			.findFirst()
			.orElse(null);
	}

	private static Boolean active(String text) {
		return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
	}

}
