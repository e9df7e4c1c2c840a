package vn.hoagiai.cases.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;

/**
 * {@code GET /api/v1/cases/{id}/agreement.docx|.pdf} (and the same under {@code /cases}
 * for the case page's links): the written record of a successful mediation. A case the
 * viewer may not open answers 404; one not closed as successful answers 422 with the
 * reason.
 */
@RestController
class CaseDocumentsApiController {

	private final AgreementRecords records;

	private final DocumentWriter writer;

	CaseDocumentsApiController(AgreementRecords records, DocumentWriter writer) {
		this.records = records;
		this.writer = writer;
	}

	@GetMapping({ "/api/v1/cases/{id}/agreement.docx", "/cases/{id}/agreement.docx" })
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return download(id, DocumentFormat.DOCX);
	}

	@GetMapping({ "/api/v1/cases/{id}/agreement.pdf", "/cases/{id}/agreement.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return download(id, DocumentFormat.PDF);
	}

	private ResponseEntity<byte[]> download(long id, DocumentFormat format) {
		NamedDocument record = this.records.record(id, format);
		return this.writer.download(record.document(), format, record.fileName());
	}

}
