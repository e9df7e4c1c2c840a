package vn.hoagiai.documents.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Text runs, rules and tables of a .docx in the official typeface.
 */
final class Runs {

	static final String FONT = "Times New Roman";

	static final int BODY = 14;

	static final int HEAD = 13;

	static final int TABLE = 12;

	static final int SMALL = 11;

	private final XWPFDocument doc;

	Runs(XWPFDocument doc) {
		this.doc = doc;
	}

	XWPFParagraph paragraph(String text, int size, boolean bold, boolean italic, ParagraphAlignment align) {
		return into(this.doc.createParagraph(), text, size, bold, italic, align);
	}

	XWPFParagraph into(XWPFParagraph p, String text, int size, boolean bold, boolean italic, ParagraphAlignment align) {
		p.setAlignment(align);
		p.setSpacingAfter(0);
		run(p, text, size, bold, italic);
		return p;
	}

	/** A run; line breaks in the text become breaks in the paragraph. */
	XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		String[] lines = ((text != null) ? text : "").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return run;
	}

	/**
	 * A centred horizontal line {@code length} twips long in a space {@code width} wide.
	 */
	void rule(XWPFParagraph p, int width, int length) {
		int indent = Math.max((width - length) / 2 - 108, 0);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderBottom(Borders.SINGLE);
		p.setSpacingAfter(60);
		XWPFRun run = p.createRun();
		run.setFontSize(2);
	}

	/** A table without borders and with fixed column widths in twips. */
	XWPFTable borderless(int rows, int[] widths) {
		XWPFTable table = fixed(rows, widths);
		table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
		return table;
	}

	/** A ruled table with fixed column widths in twips. */
	XWPFTable fixed(int rows, int[] widths) {
		XWPFTable table = this.doc.createTable(rows, widths.length);
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		table.setWidth(String.valueOf(total));
		CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
				? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < widths.length; c++) {
				XWPFTableCell cell = table.getRow(r).getCell(c);
				cell.setWidth(String.valueOf(widths[c]));
			}
		}
		return table;
	}

}
