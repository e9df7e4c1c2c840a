package vn.hoagiai.training.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.training.Certificates;
import vn.hoagiai.training.ContestSettings;
import vn.hoagiai.training.TrainingDocuments;

/**
 * The public verification page of a certificate: no sign-in, and nothing but the holder's
 * name, the title and the date. Signed-in viewers of the holder's scope print the
 * certificate as a page or download it as a PDF carrying the verification code and the
 * public address of that page.
 */
@Controller
class CertificatePages {

	static final String VERIFY = "training/verify";

	static final String CERTIFICATE = "training/certificate";

	private final Certificates certificates;

	private final TrainingDocuments documents;

	private final DocumentWriter writer;

	private final ContestSettings settings;

	CertificatePages(Certificates certificates, TrainingDocuments documents, DocumentWriter writer,
			ContestSettings settings) {
		this.certificates = certificates;
		this.documents = documents;
		this.writer = writer;
		this.settings = settings;
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

	@GetMapping("/certificates/{code}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		String base = this.settings.publicUrl().isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: this.settings.publicUrl().replaceAll("/+$", "");
		return this.writer.download(this.documents.certificate(code, base), DocumentFormat.PDF,
				"giay-chung-nhan-" + code);
	}

}
