package vn.hoagiai.documents;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * The two forms a document is written in.
 */
public enum DocumentFormat {

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	PDF("pdf", "application/pdf");

	private final String extension;

	private final MediaType mediaType;

	DocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The format a request asks for: an explicit {@code format} parameter ("docx", "pdf";
	 * another answers 422) first, then a Word media type in the {@code Accept} header;
	 * PDF otherwise.
	 */
	public static DocumentFormat requested(String format, String accept) {
		if (format != null && !format.isBlank()) {
			String asked = format.strip().toLowerCase(Locale.ROOT);
			for (DocumentFormat f : values()) {
				if (f.extension.equals(asked)) {
					return f;
				}
			}
			throw new InvalidInput(List.of(FieldProblem.of("format", "document.format.unknown")));
		}
		if (accept != null && accept.contains(DOCX.mediaType.getSubtype())) {
			return DOCX;
		}
		return PDF;
	}

}
