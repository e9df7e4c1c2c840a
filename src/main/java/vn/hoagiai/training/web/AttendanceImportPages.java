package vn.hoagiai.training.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.training.TrainingEventService;
import vn.hoagiai.training.imports.AttendanceImport;
import vn.hoagiai.training.imports.AttendanceWorkbook;
import vn.hoagiai.training.imports.ImportRejected;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * Upload an event's attendance sheet, see every problem by row and column, confirm.
 */
@Controller
@RequestMapping("/training/events/{id}/attendance")
class AttendanceImportPages {

	static final String UPLOAD = "training/attendance-import";

	static final String PREVIEW = "training/attendance-preview";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AttendanceImport imports;

	private final AttendanceWorkbook workbook;

	private final TrainingEventService events;

	AttendanceImportPages(AttendanceImport imports, AttendanceWorkbook workbook, TrainingEventService events) {
		this.imports = imports;
		this.workbook = workbook;
		this.events = events;
	}

	@GetMapping("/import")
	String upload(@PathVariable long id, Model model) {
		model.addAttribute("event", this.events.view(id));
		return UPLOAD;
	}

	@PostMapping("/import")
	String preview(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		model.addAttribute("event", this.events.view(id));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return UPLOAD;
		}
		try {
			model.addAttribute("preview", this.imports.preview(id, file.getBytes()));
			return PREVIEW;
		}
		catch (UnreadableWorkbook ex) {
			model.addAttribute("fileError", ex.messageKey());
			return UPLOAD;
		}
	}

	@PostMapping("/import/confirm")
	String confirm(@PathVariable long id, @RequestParam String token, Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("imported", this.imports.confirm(id, token));
			return "redirect:/training/events/" + id;
		}
		catch (ImportRejected ex) {
			model.addAttribute("event", this.events.view(id));
			model.addAttribute("preview", ex.preview());
			model.addAttribute("changedSincePreview", true);
			return PREVIEW;
		}
	}

	@GetMapping("/template.xlsx")
	void template(@PathVariable long id, HttpServletResponse response) throws IOException {
		this.events.view(id);
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"diem-danh-" + id + ".xlsx\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.workbook.template(response.getOutputStream());
	}

}
