package vn.hoagiai.cases.documents;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.documents.RegisterBook.Row;
import vn.hoagiai.cases.documents.RegisterBook.Summary;
import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register book's columns and summary from a known set of cases, and its PDF read
 * back with PDFBox.
 */
class RegisterBookTests {

	@Test
	void fillsTheTenColumnsInRegisterOrder() {
		List<Row> rows = RegisterBookRows.rows(RegisterBookFixtures.fourCasesOf2025(), RegisterBookFixtures.facts(),
				(c) -> true);

		assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3, 4);
		Row land = rows.get(0);
		assertThat(land.mediators())
			.isEqualTo("Lường Thị Hòa\nNông Văn Sơn\nNgười được mời: Ông Ma Văn Thuận (trưởng thôn)");
		assertThat(land.parties()).isEqualTo(
				"Hoàng Văn Đức, 57 tuổi, Tổ 1, phường Đức Xuân\n" + "Nguyễn Thị Hòa, 50 tuổi, Tổ 1, phường Đức Xuân");
		assertThat(land.content()).isEqualTo("Tranh chấp ranh giới đất vườn");
		assertThat(land.agreement()).isEqualTo("Hai bên thống nhất cắm lại mốc giới theo sổ đỏ");
		assertThat(land.successful()).isTrue();
		assertThat(land.unsuccessful()).isFalse();
		Row quarrel = rows.get(1);
		assertThat(quarrel.agreement()).isEqualTo("Đặng Văn Sơn: Yêu cầu bồi thường\nLý Thị Mai: Không đồng ý");
		assertThat(quarrel.unsuccessful()).isTrue();
		assertThat(quarrel.notes()).isEqualTo("Đặng Văn Sơn được hướng dẫn đến TAND thành phố");
		assertThat(rows.get(2).notes()).isEqualTo("Hòa giải không công khai");
		assertThat(rows.get(3).notes()).isEqualTo("Đang hòa giải");
		assertThat(rows.get(3).successful() || rows.get(3).unsuccessful()).isFalse();
	}

	@Test
	void rowsTheViewerMayNotOpenKeepNumberDateAndResultOnly() {
		List<Row> rows = RegisterBookRows.rows(RegisterBookFixtures.fourCasesOf2025(), RegisterBookFixtures.facts(),
				(c) -> !c.privateMediation());

		Row family = rows.get(2);
		assertThat(family.masked()).isTrue();
		assertThat(family.number()).isEqualTo(3);
		assertThat(family.successful()).isTrue();
		assertThat(family.parties() + family.content() + family.agreement()).doesNotContain("Triệu Văn Bình",
				"vợ chồng");
		assertThat(rows.get(0).masked()).isFalse();
	}

	@Test
	void summaryCountsEachMediatorsCasesByFieldAndResultAndTheTotalOnce() {
		Summary summary = RegisterBookRows.summary(RegisterBookFixtures.fourCasesOf2025(),
				RegisterBookFixtures.facts());

		assertThat(summary.fields()).containsExactly("Mâu thuẫn giữa hàng xóm", "Hôn nhân và gia đình",
				"Dân sự liên quan đến đất đai");
		assertThat(summary.rows()).extracting(RegisterBook.SummaryRow::mediator)
			.containsExactly("Lường Thị Hòa", "Nông Văn Sơn");
		RegisterBook.SummaryRow hoa = summary.rows().get(0);
		assertThat(hoa.byField()).containsExactly(0, 1, 1);
		assertThat(hoa.successful()).isEqualTo(2);
		RegisterBook.SummaryRow son = summary.rows().get(1);
		assertThat(son.byField()).containsExactly(2, 0, 1);
		assertThat(List.of(son.successful(), son.unsuccessful(), son.other())).containsExactly(1, 1, 1);
		assertThat(summary.total().byField()).containsExactly(2, 1, 1);
		assertThat(summary.total().cases()).isEqualTo(4);
	}

	@Test
	void pdfReadBackHasTheCoverTheTenColumnsAndTheRows() throws IOException {
		RegisterBook book = book();
		byte[] pdf = new DocumentWriter().write(RegisterBookDocument.of(book), DocumentFormat.PDF);

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Tỉnh/thành phố: Tỉnh Thái Nguyên",
					"Xã/phường/thị trấn: Phường Đức Xuân", "Tổ hòa giải: Tổ hòa giải Tổ 1", "PHẦN I", "Số TT",
					"Ngày, tháng, năm nhận vụ, việc", "Nội dung chủ yếu của vụ, việc", "Kết quả hòa giải", "Thành",
					"Không thành", "Ghi chú", "(1)", "(10)", "03/02/2025", "Hoàng Văn Đức, 57 tuổi",
					"Tranh chấp ranh giới đất vườn", "Hai bên thống nhất cắm lại mốc giới", "Đang hòa giải", "PHẦN II",
					"THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI", "Lường Thị Hòa", "Tổng số");
			assertThat(doc.getPage(1).getMediaBox().getWidth()).isGreaterThan(doc.getPage(1).getMediaBox().getHeight());
		}
	}

	static RegisterBook book() {
		var facts = RegisterBookFixtures.facts();
		var cases = RegisterBookFixtures.fourCasesOf2025();
		return new RegisterBook(
				new RegisterBook.Cover(801, RegisterBookFixtures.VILLAGE, "Tổ hòa giải Tổ 1", 2025,
						new Places("Tỉnh Thái Nguyên", null, "Phường Đức Xuân", "Tổ 1"),
						java.time.LocalDate.of(2025, 1, 1), null),
				RegisterBookRows.rows(cases, facts, (c) -> true), RegisterBookRows.summary(cases, facts));
	}

}
