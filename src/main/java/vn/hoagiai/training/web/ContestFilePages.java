package vn.hoagiai.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.ContestFileKind;
import vn.hoagiai.training.ContestMaterials;

/**
 * A contest's photos and documents: the upload form on the contest page and the download,
 * always as an attachment.
 */
@Controller
@RequestMapping("/contests/{id}/files")
class ContestFilePages {

	private final ContestMaterials materials;

	private final MessageSource messages;

	ContestFilePages(ContestMaterials materials, MessageSource messages) {
		this.materials = materials;
		this.messages = messages;
	}

	@PostMapping
	String file(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) ContestFileKind kind,
			@RequestParam(required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput(List.of(FieldProblem.of("file", "library.file.missing")));
			}
			try (InputStream in = file.getInputStream()) {
				this.materials.addFile(id, version, kind, title, file.getOriginalFilename(), in);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#files";
	}

	@GetMapping("/{fileId}")
	void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
		FileResponses.send(this.materials.file(id, fileId), response);
	}

}
