package vn.hoagiai.mediators.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.imports.ImportPreview;
import vn.hoagiai.mediators.imports.ImportRejected;
import vn.hoagiai.mediators.imports.MediatorImport;
import vn.hoagiai.mediators.imports.MediatorWorkbook;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * Upload a mediator list, see every problem by row and column, confirm; download the
 * template or the filtered list.
 */
@Controller
@RequestMapping("/mediators")
class MediatorImportPages {

	static final String UPLOAD = "mediators/import";

	static final String PREVIEW = "mediators/import-preview";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MediatorImport imports;

	private final MediatorWorkbook workbook;

	MediatorImportPages(MediatorImport imports, MediatorWorkbook workbook) {
		this.imports = imports;
		this.workbook = workbook;
	}

	@GetMapping("/import")
	String upload() {
		return UPLOAD;
	}

	@PostMapping("/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return UPLOAD;
		}
		try {
			model.addAttribute("preview", this.imports.preview(file.getOriginalFilename(), file.getBytes()));
			return PREVIEW;
		}
		catch (UnreadableWorkbook ex) {
			model.addAttribute("fileError", ex.messageKey());
			return UPLOAD;
		}
	}

	@PostMapping("/import/confirm")
	String confirm(@RequestParam String token, Model model, RedirectAttributes redirect) {
		try {
			int saved = this.imports.confirm(token);
			redirect.addFlashAttribute("imported", saved);
			return "redirect:/mediators";
		}
		catch (ImportRejected ex) {
			ImportPreview preview = ex.preview();
			model.addAttribute("preview", preview);
			model.addAttribute("changedSincePreview", true);
			return PREVIEW;
		}
	}

	@GetMapping("/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "mau-danh-sach-hoa-giai-vien.xlsx");
		this.workbook.template(response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long teamId,
			@RequestParam(defaultValue = "true") boolean active, HttpServletResponse response) throws IOException {
		attachment(response, "danh-sach-hoa-giai-vien.xlsx");
		this.workbook.export(new MediatorFilter(null, teamId, q, active), response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
