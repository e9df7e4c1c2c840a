package vn.hoagiai.documents.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.hoagiai.documents.Block;

/**
 * A ruled table in .docx: header rows with their merged cells, repeated on every page,
 * then the rows, none split across pages.
 */
final class DocxTables {

	private DocxTables() {
	}

	static void write(Runs runs, Block.Table t, int width) {
		List<Block.Column> columns = t.columns();
		int total = columns.stream().mapToInt(Block.Column::weight).sum();
		int[] widths = new int[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = width * columns.get(i).weight() / total;
		}
		List<List<HeaderCell>> header = HeaderCell.rows(t);
		XWPFTable table = runs.fixed(header.size() + t.rows().size(), widths);
		for (int r = 0; r < header.size(); r++) {
			headerRow(runs, table, r, header.get(r));
		}
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(header.size() + r);
			row.setCantSplitRow(true);
			List<String> cells = t.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				runs.into(row.getCell(c).getParagraphs().get(0), cells.get(c), Runs.TABLE, false, false,
						ParagraphAlignment.LEFT);
			}
		}
		runs.paragraph("", Runs.SMALL, false, false, ParagraphAlignment.LEFT);
	}

	private static void headerRow(Runs runs, XWPFTable table, int r, List<HeaderCell> cells) {
		XWPFTableRow row = table.getRow(r);
		row.setRepeatHeader(true);
		row.setCantSplitRow(true);
		List<Integer> covered = new ArrayList<>();
		for (HeaderCell hc : cells) {
			XWPFTableCell cell = row.getCell(hc.column());
			runs.into(cell.getParagraphs().get(0), hc.text(), Runs.TABLE, true, false, ParagraphAlignment.CENTER);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			if (hc.colSpan() > 1) {
				properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(hc.colSpan()));
				for (int k = 1; k < hc.colSpan(); k++) {
					covered.add(hc.column() + k);
				}
			}
			if (hc.rowSpan() > 1) {
				properties(cell).addNewVMerge().setVal(STMerge.RESTART);
				properties(table.getRow(r + 1).getCell(hc.column())).addNewVMerge().setVal(STMerge.CONTINUE);
			}
		}
		for (int k = covered.size() - 1; k >= 0; k--) {
			row.removeCell(covered.get(k));
		}
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

}
