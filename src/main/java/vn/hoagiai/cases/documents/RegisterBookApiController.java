package vn.hoagiai.cases.documents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;

/**
 * {@code GET /api/v1/teams/{id}/register?year=}: the register book as PDF, or as .docx
 * with {@code format=docx} or a Word {@code Accept} header. A team outside the viewer's
 * scope answers 404; an impossible year 422.
 */
@RestController
class RegisterBookApiController {

	private final RegisterBooks books;

	private final DocumentWriter writer;

	RegisterBookApiController(RegisterBooks books, DocumentWriter writer) {
		this.books = books;
		this.writer = writer;
	}

	@GetMapping("/api/v1/teams/{id}/register")
	ResponseEntity<byte[]> register(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		DocumentFormat chosen = DocumentFormat.requested(format, accept);
		NamedDocument book = this.books.export(id, year, chosen);
		return this.writer.download(book.document(), chosen, book.fileName());
	}

}
