package vn.hoagiai.documents.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.hoagiai.documents.Signature;

/**
 * The end of a .docx: signature blocks side by side (up to three a row), each with room
 * to sign or a fingerprint box, and the recipients. With one signer and recipients the
 * two share a row, recipients on the left, as the decree lays them out.
 */
final class DocxClosing {

	private static final int BOX = 1250;

	private final Runs runs;

	private final int width;

	DocxClosing(Runs runs, int width) {
		this.runs = runs;
		this.width = width;
	}

	void write(List<Signature> signatures, List<String> recipients) {
		if (signatures.isEmpty() && recipients.isEmpty()) {
			return;
		}
		this.runs.paragraph("", Runs.SMALL, false, false, ParagraphAlignment.LEFT);
		if (signatures.size() == 1 && !recipients.isEmpty()) {
			int left = this.width * 9 / 20;
			XWPFTable table = this.runs.borderless(1, new int[] { left, this.width - left });
			recipients(table.getRow(0).getCell(0), recipients);
			signature(table.getRow(0).getCell(1), signatures.get(0), this.width - left);
			return;
		}
		for (List<Signature> row : DocxRenderer.inRows(signatures)) {
			int cellWidth = this.width / row.size();
			int[] widths = new int[row.size()];
			java.util.Arrays.fill(widths, cellWidth);
			XWPFTable table = this.runs.borderless(1, widths);
			table.getRow(0).setCantSplitRow(true);
			for (int i = 0; i < row.size(); i++) {
				signature(table.getRow(0).getCell(i), row.get(i), cellWidth);
			}
			this.runs.paragraph("", Runs.SMALL, false, false, ParagraphAlignment.LEFT);
		}
		if (!recipients.isEmpty()) {
			XWPFTable table = this.runs.borderless(1, new int[] { this.width });
			recipients(table.getRow(0).getCell(0), recipients);
		}
	}

	private void signature(XWPFTableCell cell, Signature s, int cellWidth) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		if (s.authority() != null) {
			this.runs.into(p, s.authority(), Runs.BODY, true, false, ParagraphAlignment.CENTER);
			p = cell.addParagraph();
		}
		this.runs.into(p, s.position(), Runs.BODY, true, false, ParagraphAlignment.CENTER);
		if (s.hint() != null) {
			this.runs.into(cell.addParagraph(), s.hint(), Runs.TABLE, false, true, ParagraphAlignment.CENTER);
		}
		if (s.fingerprintBox()) {
			fingerprintBox(cell.addParagraph(), cellWidth);
		}
		else {
			this.runs.into(cell.addParagraph(), "\n\n\n", Runs.BODY, false, false, ParagraphAlignment.CENTER);
		}
		this.runs.into(cell.addParagraph(), (s.name() != null) ? s.name() : "", Runs.BODY, true, false,
				ParagraphAlignment.CENTER);
	}

	/** A box about 22 mm wide: a paragraph with four borders and room inside. */
	private void fingerprintBox(XWPFParagraph p, int cellWidth) {
		int indent = Math.max((cellWidth - BOX) / 2 - 108, 0);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderTop(Borders.SINGLE);
		p.setBorderBottom(Borders.SINGLE);
		p.setBorderLeft(Borders.SINGLE);
		p.setBorderRight(Borders.SINGLE);
		p.setSpacingBefore(80);
		p.setSpacingAfter(80);
		this.runs.into(p, "\n\n\n\n" + Words.FINGERPRINT, 8, false, true, ParagraphAlignment.CENTER);
	}

	private void recipients(XWPFTableCell cell, List<String> recipients) {
		this.runs.into(cell.getParagraphs().get(0), Words.RECIPIENTS, Runs.TABLE, true, true, ParagraphAlignment.LEFT);
		for (int i = 0; i < recipients.size(); i++) {
			String end = (i == recipients.size() - 1) ? "." : ";";
			this.runs.into(cell.addParagraph(), "- " + recipients.get(i) + end, Runs.SMALL, false, false,
					ParagraphAlignment.LEFT);
		}
	}

}
