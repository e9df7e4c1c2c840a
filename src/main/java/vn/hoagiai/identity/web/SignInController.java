package vn.hoagiai.identity.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoagiai.shared.Deployment;

@Controller
class SignInController {

	static final String VIEW = "identity/login";

	static final List<String> DEMO_ACCOUNTS = List.of("admin", "sotuphap", "tuphap.ducxuan", "tuphap.duongquang",
			"totruong.demo", "hgv.demo", "mttq");

	private final Deployment deployment;

	SignInController(Deployment deployment) {
		this.deployment = deployment;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", this.deployment.demo());
		model.addAttribute("demoPassword", this.deployment.demo() ? Deployment.DEMO_PASSWORD : null);
		model.addAttribute("demoAccounts", this.deployment.demo() ? DEMO_ACCOUNTS : List.of());
		return VIEW;
	}

}
