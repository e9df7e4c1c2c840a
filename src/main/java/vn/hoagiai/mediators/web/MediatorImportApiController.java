package vn.hoagiai.mediators.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoagiai.mediators.imports.ImportPreview;
import vn.hoagiai.mediators.imports.ImportProblem;
import vn.hoagiai.mediators.imports.ImportRejected;
import vn.hoagiai.mediators.imports.MediatorImport;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * {@code POST /api/v1/mediators/import}: {@code dryRun=true} answers the preview;
 * otherwise every row is saved, or none with 422 and the row list.
 */
@RestController
class MediatorImportApiController {

	private final MediatorImport imports;

	private final MessageSource messages;

	MediatorImportApiController(MediatorImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping("/api/v1/mediators/import")
	ResponseEntity<?> importList(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Locale locale) throws IOException {
		try {
			ImportPreview preview = this.imports.preview(file.getOriginalFilename(), file.getBytes());
			if (!preview.canConfirm()) {
				return problems(preview.problems(), locale);
			}
			if (dryRun) {
				return ResponseEntity
					.ok(Map.of("rows", preview.rows(), "problems", List.of(), "token", preview.token()));
			}
			int saved = this.imports.confirm(preview.token());
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("saved", saved));
		}
		catch (ImportRejected ex) {
			return problems(ex.preview().problems(), locale);
		}
		catch (UnreadableWorkbook ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					this.messages.getMessage(ex.messageKey(), null, locale));
			return ResponseEntity.unprocessableContent().body(problem);
		}
	}

	private ResponseEntity<ProblemDetail> problems(List<ImportProblem> problems, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("import.problems", new Object[] { problems.size() }, locale));
		problem.setProperty("errors",
				problems.stream()
					.map((p) -> Map.of("row", p.row(), "column",
							this.messages.getMessage(p.column().messageKey(), null, locale), "message",
							this.messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
					.toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

}
