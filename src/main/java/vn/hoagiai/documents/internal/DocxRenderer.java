package vn.hoagiai.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.hoagiai.documents.Block;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Letterhead;
import vn.hoagiai.documents.Signature;

/**
 * Renders a document to .docx with Apache POI: A4 with the margins of Decree
 * 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 14 pt
 * for the body, 13 pt for the letterhead, 12 pt in tables, page numbers at the top from
 * the second page.
 */
public final class DocxRenderer {

	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	private static final int MM = 57;

	public byte[] render(Document document) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int width = page(doc, document.orientation());
			Runs runs = new Runs(doc);
			if (document.letterhead() != null) {
				letterhead(runs, document.letterhead(), width);
			}
			if (document.title() != null) {
				runs.paragraph(document.title(), Runs.BODY, true, false, ParagraphAlignment.CENTER)
					.setSpacingBefore(240);
				if (document.summary() != null) {
					runs.paragraph(document.summary(), Runs.BODY, true, false, ParagraphAlignment.CENTER);
				}
				runs.rule(doc.createParagraph(), width, width / 4);
			}
			for (Block block : document.body()) {
				block(doc, runs, block, width);
			}
			new DocxClosing(runs, width).write(document.signatures(), document.recipients());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets the page size and margins; returns the width of the text area in twips. */
	private static int page(XWPFDocument doc, Document.Orientation orientation) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		CTPageMar margins = section.addNewPgMar();
		boolean landscape = orientation == Document.Orientation.LANDSCAPE;
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		int left = (landscape ? 25 : 30) * MM;
		int right = 15 * MM;
		margins.setTop(BigInteger.valueOf(20L * MM));
		margins.setBottom(BigInteger.valueOf(20L * MM));
		margins.setLeft(BigInteger.valueOf(left));
		margins.setRight(BigInteger.valueOf(right));
		margins.setHeader(BigInteger.valueOf(10L * MM));
		margins.setFooter(BigInteger.valueOf(10L * MM));
		pageNumbers(doc, section);
		return (landscape ? A4_LONG : A4_SHORT) - left - right;
	}

	/** The page number at the top centre, left off the first page. */
	private static void pageNumbers(XWPFDocument doc, CTSectPr section) {
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = header.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void letterhead(Runs runs, Letterhead head, int width) {
		int left = width * 2 / 5;
		XWPFTable table = runs.borderless(1, new int[] { left, width - left });
		var issuer = table.getRow(0).getCell(0);
		var nation = table.getRow(0).getCell(1);
		XWPFParagraph first = issuer.getParagraphs().get(0);
		if (head.parentBody() != null) {
			runs.into(first, head.parentBody(), Runs.HEAD, false, false, ParagraphAlignment.CENTER);
			first = issuer.addParagraph();
		}
		runs.into(first, head.issuingBody(), Runs.HEAD, true, false, ParagraphAlignment.CENTER);
		runs.rule(issuer.addParagraph(), left, left / 3);
		if (head.numberLine() != null) {
			runs.into(issuer.addParagraph(), head.numberLine(), Runs.HEAD, false, false, ParagraphAlignment.CENTER);
		}
		runs.into(nation.getParagraphs().get(0), Letterhead.NATIONAL_TITLE, Runs.HEAD, true, false,
				ParagraphAlignment.CENTER);
		runs.into(nation.addParagraph(), Letterhead.MOTTO, Runs.BODY, true, false, ParagraphAlignment.CENTER);
		runs.rule(nation.addParagraph(), width - left, (width - left) * 11 / 20);
		runs.into(nation.addParagraph(), head.placeAndDate(), Runs.BODY, false, true, ParagraphAlignment.CENTER)
			.setSpacingBefore(80);
	}

	private static void block(XWPFDocument doc, Runs runs, Block block, int width) {
		if (block instanceof Block.Heading h) {
			runs.paragraph(h.text(), Runs.BODY, true, false, ParagraphAlignment.LEFT).setSpacingBefore(160);
		}
		else if (block instanceof Block.Paragraph p) {
			boolean center = p.align() == Block.Align.CENTER;
			XWPFParagraph para = doc.createParagraph();
			para.setAlignment(center ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
			para.setSpacingAfter(120);
			if (!center) {
				para.setFirstLineIndent(10 * MM);
			}
			if (p.label() != null) {
				runs.run(para, p.label() + " ", Runs.BODY, true, false);
			}
			runs.run(para, p.text(), Runs.BODY, p.bold(), false);
		}
		else if (block instanceof Block.Table t) {
			DocxTables.write(runs, t, width);
		}
		else {
			doc.createParagraph().createRun().addBreak(BreakType.PAGE);
		}
	}

	static List<List<Signature>> inRows(List<Signature> signatures) {
		return java.util.stream.IntStream.iterate(0, (i) -> i < signatures.size(), (i) -> i + 3)
			.mapToObj((i) -> signatures.subList(i, Math.min(i + 3, signatures.size())))
			.toList();
	}

}
