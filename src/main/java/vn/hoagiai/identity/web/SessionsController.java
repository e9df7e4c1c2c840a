package vn.hoagiai.identity.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.identity.UserSessions;
import vn.hoagiai.shared.RecordNotFound;

/**
 * The signed-in user's sessions on every device; ending one or all others.
 */
@Controller
class SessionsController {

	static final String VIEW = "identity/sessions";

	private static final Pattern HANDLE = Pattern.compile("[0-9a-f]{16}");

	private final UserSessions sessions;

	SessionsController(UserSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account/sessions")
	String list(HttpSession session, Model model) {
		model.addAttribute("sessions", this.sessions.mine(session.getId()));
		return VIEW;
	}

	@PostMapping("/account/sessions/{handle}/end")
	String end(@PathVariable String handle, HttpSession session, RedirectAttributes redirect) {
		if (!HANDLE.matcher(handle).matches()) {
			throw new RecordNotFound("Session", "?");
		}
		this.sessions.endMine(handle, session.getId());
		redirect.addFlashAttribute("ended", 1);
		return "redirect:/account/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOthers(HttpSession session, RedirectAttributes redirect) {
		redirect.addFlashAttribute("ended", this.sessions.endMyOthers(session.getId()));
		return "redirect:/account/sessions";
	}

}
