package vn.hoagiai.documents.internal;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.documents.Block;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Letterhead;
import vn.hoagiai.documents.Signature;

/**
 * The document as well-formed XHTML for the PDF renderer: every text escaped, line breaks
 * kept, the official layout in CSS (see {@code documents/official.css}).
 */
final class Xhtml {

	private final StringBuilder out = new StringBuilder(8192);

	private Xhtml() {
	}

	static String of(Document document, String css) {
		Xhtml x = new Xhtml();
		x.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
			.append("<style>")
			.append(css)
			.append("</style></head><body class=\"")
			.append(document.orientation().name().toLowerCase(java.util.Locale.ROOT))
			.append("\">");
		if (document.letterhead() != null) {
			x.letterhead(document.letterhead());
		}
		if (document.title() != null) {
			x.element("p", "title", document.title());
			if (document.summary() != null) {
				x.element("p", "summary", document.summary());
			}
			x.out.append("<div class=\"rule short\"></div>");
		}
		for (Block block : document.body()) {
			x.block(block);
		}
		x.closing(document.signatures(), document.recipients());
		x.out.append("</body></html>");
		return x.out.toString();
	}

	private void letterhead(Letterhead head) {
		this.out.append("<table class=\"head\"><tr><td class=\"issuer\">");
		if (head.parentBody() != null) {
			element("div", "parent", head.parentBody());
		}
		element("div", "body", head.issuingBody());
		this.out.append("<div class=\"rule short\"></div>");
		if (head.numberLine() != null) {
			element("div", "number", head.numberLine());
		}
		this.out.append("</td><td class=\"nation\">");
		element("div", "national", Letterhead.NATIONAL_TITLE);
		element("div", "motto", Letterhead.MOTTO);
		this.out.append("<div class=\"rule\"></div>");
		element("div", "date", head.placeAndDate());
		this.out.append("</td></tr></table>");
	}

	private void block(Block block) {
		if (block instanceof Block.Heading h) {
			element("p", "heading", h.text());
		}
		else if (block instanceof Block.Paragraph p) {
			paragraph(p);
		}
		else if (block instanceof Block.Table t) {
			table(t);
		}
		else {
			this.out.append("<div class=\"break\"></div>");
		}
	}

	private void paragraph(Block.Paragraph p) {
		String cls = (p.align() == Block.Align.CENTER) ? "center" : "text";
		this.out.append("<p class=\"").append(cls).append(p.bold() ? " strong" : "").append("\">");
		if (p.label() != null) {
			this.out.append("<b>").append(escape(p.label())).append("</b> ");
		}
		this.out.append(escape(p.text())).append("</p>");
	}

	private void table(Block.Table t) {
		List<Block.Column> columns = t.columns();
		int total = columns.stream().mapToInt(Block.Column::weight).sum();
		this.out.append("<table class=\"grid\"><colgroup>");
		for (Block.Column c : columns) {
			this.out.append("<col style=\"width:")
				.append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * c.weight() / total))
				.append("%\"/>");
		}
		this.out.append("</colgroup><thead>");
		for (List<HeaderCell> row : HeaderCell.rows(t)) {
			this.out.append("<tr>");
			for (HeaderCell cell : row) {
				this.out.append("<th colspan=\"")
					.append(cell.colSpan())
					.append("\" rowspan=\"")
					.append(cell.rowSpan())
					.append("\">")
					.append(escape(cell.text()))
					.append("</th>");
			}
			this.out.append("</tr>");
		}
		this.out.append("</thead><tbody>");
		for (List<String> row : t.rows()) {
			this.out.append("<tr>");
			for (String cell : row) {
				this.out.append("<td>").append(escape(cell)).append("</td>");
			}
			this.out.append("</tr>");
		}
		this.out.append("</tbody></table>");
	}

	private void closing(List<Signature> signatures, List<String> recipients) {
		if (signatures.size() == 1 && !recipients.isEmpty()) {
			this.out.append("<table class=\"signs\"><tr><td class=\"recipients\">");
			recipients(recipients);
			this.out.append("</td><td>");
			signature(signatures.get(0));
			this.out.append("</td></tr></table>");
			return;
		}
		List<List<Signature>> rows = new ArrayList<>();
		for (int i = 0; i < signatures.size(); i += 3) {
			rows.add(signatures.subList(i, Math.min(i + 3, signatures.size())));
		}
		for (List<Signature> row : rows) {
			this.out.append("<table class=\"signs\"><tr>");
			for (Signature s : row) {
				this.out.append("<td>");
				signature(s);
				this.out.append("</td>");
			}
			this.out.append("</tr></table>");
		}
		if (!recipients.isEmpty()) {
			recipients(recipients);
		}
	}

	private void signature(Signature s) {
		if (s.authority() != null) {
			element("div", "authority", s.authority());
		}
		element("div", "position", s.position());
		if (s.hint() != null) {
			element("div", "hint", s.hint());
		}
		if (s.fingerprintBox()) {
			this.out.append("<div class=\"finger\"><span>").append(escape(Words.FINGERPRINT)).append("</span></div>");
		}
		else {
			this.out.append("<div class=\"space\"></div>");
		}
		element("div", "name", (s.name() != null) ? s.name() : "");
	}

	private void recipients(List<String> recipients) {
		this.out.append("<div class=\"recipients\">");
		element("div", "label", Words.RECIPIENTS);
		for (int i = 0; i < recipients.size(); i++) {
			element("div", "item", "- " + recipients.get(i) + ((i == recipients.size() - 1) ? "." : ";"));
		}
		this.out.append("</div>");
	}

	private void element(String tag, String cls, String text) {
		this.out.append('<')
			.append(tag)
			.append(" class=\"")
			.append(cls)
			.append("\">")
			.append(escape(text))
			.append("</")
			.append(tag)
			.append('>');
	}

	/** Escapes XML and keeps line breaks; drops characters XML 1.0 cannot carry. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\n' -> b.append("<br/>");
				case '\r' -> {
				}
				default -> {
					if (c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
						b.appendCodePoint(c);
					}
				}
			}
		});
		return b.toString();
	}

}
