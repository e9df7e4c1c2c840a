package vn.hoagiai.cases.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;

/**
 * {@code /teams/{id}/register?year=}: the team's register book as a page, with its PDF
 * and .docx downloads.
 */
@Controller
class RegisterBookPages {

	static final String PAGE = "cases/register-book";

	private final RegisterBooks books;

	private final DocumentWriter writer;

	RegisterBookPages(RegisterBooks books, DocumentWriter writer) {
		this.books = books;
		this.writer = writer;
	}

	@GetMapping("/teams/{id}/register")
	String page(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		RegisterBook book = this.books.read(id, year);
		model.addAttribute("book", book);
		model.addAttribute("partOne", RegisterBookDocument.PART_ONE);
		return PAGE;
	}

	@GetMapping("/teams/{id}/register.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return download(id, year, DocumentFormat.PDF);
	}

	@GetMapping("/teams/{id}/register.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return download(id, year, DocumentFormat.DOCX);
	}

	private ResponseEntity<byte[]> download(long id, Integer year, DocumentFormat format) {
		NamedDocument book = this.books.export(id, year, format);
		return this.writer.download(book.document(), format, book.fileName());
	}

}
