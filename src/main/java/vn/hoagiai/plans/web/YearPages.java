package vn.hoagiai.plans.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.plans.EvidenceFile;
import vn.hoagiai.plans.EvidenceService;
import vn.hoagiai.plans.ProgressService;
import vn.hoagiai.plans.TaskYearView;
import vn.hoagiai.plans.YearStatus;
import vn.hoagiai.shared.InvalidInput;

/**
 * A task's year: its record with the form that records progress, and its evidence (add a
 * link or a file, withdraw with a reason, download).
 */
@Controller
@RequestMapping("/plans/{planId}/tasks/{taskId}/years/{year}")
class YearPages {

	static final String PAGE = "plans/year";

	private final ProgressService progress;

	private final EvidenceService evidence;

	YearPages(ProgressService progress, EvidenceService evidence) {
		this.progress = progress;
		this.evidence = evidence;
	}

	@GetMapping
	String page(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year, Model model) {
		TaskYearView view = this.progress.taskYear(planId, taskId, year);
		model.addAttribute("item", view);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", YearForm.of(view));
		}
		model.addAttribute("statuses", List.of(YearStatus.NOT_STARTED, YearStatus.IN_PROGRESS, YearStatus.DONE));
		return PAGE;
	}

	@PostMapping
	String record(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year,
			@ModelAttribute("form") YearForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.progress.record(planId, taskId, year, (form.version() != null) ? form.version() : -1,
						form.progress());
				redirect.addFlashAttribute("saved", true);
				return redirectTo(planId, taskId, year);
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return page(planId, taskId, year, model);
	}

	@PostMapping("/links")
	String addLink(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String url, Model model,
			RedirectAttributes redirect) {
		try {
			this.evidence.addLink(planId, taskId, year, label, url);
		}
		catch (InvalidInput ex) {
			return evidenceProblems(planId, taskId, year, ex, model, "link");
		}
		redirect.addFlashAttribute("evidenceAdded", true);
		return redirectTo(planId, taskId, year);
	}

	@PostMapping("/files")
	String addFile(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year,
			@RequestParam(defaultValue = "") String label, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		try {
			EvidenceFile upload = (file == null || file.isEmpty()) ? null
					: new EvidenceFile(file.getOriginalFilename(), file.getContentType(), bytes(file));
			this.evidence.addFile(planId, taskId, year, label, upload);
		}
		catch (InvalidInput ex) {
			return evidenceProblems(planId, taskId, year, ex, model, "file");
		}
		redirect.addFlashAttribute("evidenceAdded", true);
		return redirectTo(planId, taskId, year);
	}

	@PostMapping("/evidence/{evidenceId}/withdraw")
	String withdraw(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year,
			@PathVariable long evidenceId, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.evidence.withdraw(planId, taskId, year, evidenceId, reason);
		}
		catch (InvalidInput ex) {
			return evidenceProblems(planId, taskId, year, ex, model, "withdraw");
		}
		redirect.addFlashAttribute("saved", true);
		return redirectTo(planId, taskId, year);
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable long taskId, @PathVariable int year,
			@PathVariable long evidenceId) {
		EvidenceFile file = this.evidence.file(planId, taskId, year, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String evidenceProblems(long planId, long taskId, int year, InvalidInput ex, Model model, String which) {
		model.addAttribute("evidenceForm", which);
		model.addAttribute("evidenceProblems", ex.problems());
		return page(planId, taskId, year, model);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String redirectTo(long planId, long taskId, int year) {
		return "redirect:/plans/" + planId + "/tasks/" + taskId + "/years/" + year;
	}

}
