package vn.hoagiai.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written files read back: POI for .docx, PDFBox for .pdf.
 */
class DocumentWriterTests {

	private final DocumentWriter writer = new DocumentWriter();

	@Test
	void docxCarriesTheStateFormatInTimesNewRomanOnA4WithTheDecreeMargins() throws IOException {
		try (XWPFDocument docx = docx(DocumentFixtures.recordWithTwoPartiesAndAMediator())) {
			String text = allText(docx);
			assertThat(text).contains("UBND PHƯỜNG ĐỨC XUÂN", "TỔ HÒA GIẢI TỔ 1", "Số: 12/VB-THG",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Bắc Kạn, ngày 05 tháng 02 năm 2025", "VĂN BẢN HÒA GIẢI THÀNH", "Về việc tranh chấp lối đi chung",
					"Ông Hoàng Văn Đức, sinh năm 1968", "BÊN A", "Nguyễn Thị Hòa", "HÒA GIẢI VIÊN", "Điểm chỉ");
			CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((BigInteger) margins.getLeft()).intValue()).isBetween(1701 - 20, 1701 + 20);
			assertThat(((BigInteger) docx.getDocument().getBody().getSectPr().getPgSz().getW()).intValue())
				.isEqualTo(11906);
			assertThat(runs(docx)).allSatisfy((run) -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	@Test
	void docxTableHasGroupedAndNumberedHeaderThenRows() throws IOException {
		try (XWPFDocument docx = docx(DocumentFixtures.recordWithTwoPartiesAndAMediator())) {
			XWPFTable grid = docx.getTables()
				.stream()
				.filter((t) -> t.getText().contains("Kết quả"))
				.findFirst()
				.orElseThrow();
			assertThat(grid.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("STT", "Kết quả");
			assertThat(grid.getRow(1).getTableCells()).extracting(c -> c.getText())
				.containsExactly("", "Thành", "Không thành");
			assertThat(grid.getRow(2).getTableCells()).extracting(c -> c.getText())
				.containsExactly("(1)", "(2)", "(3)");
			assertThat(grid.getRow(3).getTableCells()).extracting(c -> c.getText()).containsExactly("1", "x", "");
			assertThat(grid.getRow(0).isRepeatHeader()).isTrue();
		}
	}

	@Test
	void pdfKeepsVietnameseTextAndEmbedsLiberationSerifOnly() throws IOException {
		byte[] pdf = this.writer.write(DocumentFixtures.recordWithTwoPartiesAndAMediator(), DocumentFormat.PDF);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Bắc Kạn, ngày 05 tháng 02 năm 2025", "VĂN BẢN HÒA GIẢI THÀNH", "Hoàng Văn Đức", "Nguyễn Thị Hòa",
					"Lường Thị Thủy", "Không thành", "Điểm chỉ");
			List<PDFont> fonts = fonts(doc);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).contains("LiberationSerif");
			});
		}
	}

	@Test
	void oneSignerSharesTheLastRowWithTheRecipients() throws IOException {
		Document letter = DocumentFixtures.letterToTwoRecipients();
		try (XWPFDocument docx = docx(letter)) {
			XWPFTable last = docx.getTables().get(docx.getTables().size() - 1);
			assertThat(last.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- UBND các xã, phường;",
					"- Lưu: VT.");
			assertThat(last.getRow(0).getCell(1).getText()).contains("KT. GIÁM ĐỐC", "Trần Quốc Việt");
		}
		try (PDDocument pdf = Loader.loadPDF(this.writer.write(letter, DocumentFormat.PDF))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Nơi nhận:",
					"Thái Nguyên, ngày 20 tháng 11 năm 2025");
		}
	}

	@Test
	void landscapeTableRepeatsItsHeaderOnEveryPage() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of(String.valueOf(i), "Tranh chấp đất đai giữa hộ ông Đặng Văn Sơn số " + i));
		}
		Document book = Document.landscape()
			.table(List.of(Block.Column.of("Số TT", 1), Block.Column.of("Nội dung chủ yếu", 8)), rows, false)
			.build();
		try (PDDocument pdf = Loader.loadPDF(this.writer.write(book, DocumentFormat.PDF))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isGreaterThan(first.getMediaBox().getHeight());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(pdf)).contains("Nội dung chủ yếu");
		}
	}

	@Test
	void formatFollowsTheParameterThenTheAcceptHeader() {
		assertThat(DocumentFormat.requested("docx", null)).isEqualTo(DocumentFormat.DOCX);
		assertThat(DocumentFormat.requested(null, DocumentFormat.DOCX.mediaType().toString()))
			.isEqualTo(DocumentFormat.DOCX);
		assertThat(DocumentFormat.requested(null, "*/*")).isEqualTo(DocumentFormat.PDF);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentFormat.requested("xls", null))
			.isInstanceOf(vn.hoagiai.shared.InvalidInput.class);
	}

	private XWPFDocument docx(Document document) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(this.writer.write(document, DocumentFormat.DOCX)));
	}

	private static String allText(XWPFDocument docx) {
		String paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		String tables = docx.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
		return paragraphs + "\n" + tables;
	}

	private static List<XWPFRun> runs(XWPFDocument docx) {
		List<XWPFRun> runs = new ArrayList<>();
		docx.getParagraphs().forEach((p) -> runs.addAll(p.getRuns()));
		docx.getTables()
			.forEach((t) -> t.getRows()
				.forEach((r) -> r.getTableCells()
					.forEach((c) -> c.getParagraphs().forEach((p) -> runs.addAll(p.getRuns())))));
		runs.removeIf((r) -> r.text().isEmpty());
		return runs;
	}

	private static List<PDFont> fonts(PDDocument doc) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : doc.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
