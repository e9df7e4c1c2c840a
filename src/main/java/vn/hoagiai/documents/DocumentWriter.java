package vn.hoagiai.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import vn.hoagiai.documents.internal.DocxRenderer;
import vn.hoagiai.documents.internal.PdfRenderer;

/**
 * Writes a {@link Document} as .docx (Times New Roman, for editing in Word) or as .pdf
 * (Liberation Serif embedded, the same metrics). Stateless and thread-safe; reads no data
 * and checks no access: callers check the viewer's scope and audit the export.
 */
@Service
public class DocumentWriter {

	private final DocxRenderer docx = new DocxRenderer();

	private final PdfRenderer pdf = new PdfRenderer();

	/** The document's bytes in the given format. */
	public byte[] write(Document document, DocumentFormat format) {
		return switch (format) {
			case DOCX -> this.docx.render(document);
			case PDF -> this.pdf.render(document);
		};
	}

	/**
	 * A download response: the bytes, the media type, and an attachment name (Vietnamese
	 * letters allowed) with the format's extension added.
	 */
	public ResponseEntity<byte[]> download(Document document, DocumentFormat format, String baseName) {
		byte[] bytes = write(document, format);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

}
