package vn.hoagiai.plans.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.plans.PlanDocuments;

/**
 * The plan's documents as .docx or .pdf ({@code format=docx|pdf}, or the Accept header),
 * from the pages ({@code /plans/...}) and the API ({@code /api/v1/plans/...}): the year's
 * work plan, the year's implementation report, and the review of a phase.
 */
@RestController
class PlanDocumentsController {

	private final PlanDocuments documents;

	private final DocumentWriter writer;

	PlanDocumentsController(PlanDocuments documents, DocumentWriter writer) {
		this.documents = documents;
		this.writer = writer;
	}

	@GetMapping({ "/plans/{id}/documents/work-plan/{year}", "/api/v1/plans/{id}/documents/work-plan/{year}" })
	ResponseEntity<byte[]> workPlan(@PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.writer.download(this.documents.workPlan(id, year), DocumentFormat.requested(format, accept),
				"ke-hoach-" + year);
	}

	@GetMapping({ "/plans/{id}/documents/report/{year}", "/api/v1/plans/{id}/documents/report/{year}" })
	ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.writer.download(this.documents.report(id, year), DocumentFormat.requested(format, accept),
				"bao-cao-" + year);
	}

	@GetMapping({ "/plans/{id}/documents/review/{phase}", "/api/v1/plans/{id}/documents/review/{phase}" })
	ResponseEntity<byte[]> review(@PathVariable long id, @PathVariable int phase,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.writer.download(this.documents.review(id, phase), DocumentFormat.requested(format, accept),
				"so-ket-tong-ket-" + phase);
	}

}
