package vn.hoagiai.training.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

import vn.hoagiai.training.Certificates;

/**
 * The public verification page of a certificate: no sign-in, and nothing but the holder's
 * name, the title and the date.
 */
@Controller
class CertificatePages {

	static final String VERIFY = "training/verify";

	static final String CERTIFICATE = "training/certificate";

	private final Certificates certificates;

	CertificatePages(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/xac-minh/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		var found = this.certificates.verify(code);
		model.addAttribute("code", code);
		model.addAttribute("certificate", found.orElse(null));
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return VERIFY;
	}

	@GetMapping("/certificates/{code}")
	String certificate(@PathVariable String code, Model model) {
		model.addAttribute("certificate", this.certificates.view(code));
		return CERTIFICATE;
	}

}
