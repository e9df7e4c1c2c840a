package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.cases.documents.RegisterBook.Row;
import vn.hoagiai.cases.documents.RegisterBook.SummaryRow;
import vn.hoagiai.documents.Block.Column;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Signature;

/**
 * The register book as an official document in landscape: the cover, then Part I with
 * columns (1) to (10), then Part II, the leader's summary.
 */
final class RegisterBookDocument {

	static final List<Column> PART_ONE = List.of(Column.of("Số TT", 3), Column.of("Ngày, tháng, năm nhận vụ, việc", 11),
			Column.of("Họ, tên hòa giải viên và người được mời tham gia hòa giải (nếu có)", 13),
			Column.of("Họ, tên, tuổi, địa chỉ của các bên và người có quyền lợi, nghĩa vụ liên quan", 17),
			Column.of("Nội dung chủ yếu của vụ, việc", 17),
			Column.of("Thỏa thuận của các bên hoặc yêu cầu của các bên sau khi hòa giải", 17),
			Column.grouped("Kết quả hòa giải", "Thành", 5), Column.grouped("Kết quả hòa giải", "Không thành", 5),
			Column.of("Chữ ký của hòa giải viên, người làm chứng, người được mời", 10), Column.of("Ghi chú", 10));

	private RegisterBookDocument() {
	}

	static Document of(RegisterBook book) {
		RegisterBook.Cover cover = book.cover();
		Document.Builder doc = Document.landscape();
		cover(doc, cover);
		doc.pageBreak().centered("PHẦN I", true).centered("GHI CHÉP CỦA HÒA GIẢI VIÊN", true);
		List<List<String>> rows = new ArrayList<>();
		for (Row r : book.rows()) {
			rows.add(List.of(String.valueOf(r.number()), r.receivedOn().format(AgreementRecord.DAY), r.mediators(),
					r.parties(), r.content(), r.agreement(), r.successful() ? "x" : "", r.unsuccessful() ? "x" : "", "",
					r.notes()));
		}
		doc.table(PART_ONE, rows, true);
		doc.pageBreak().centered("PHẦN II", true).centered("THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI", true);
		summary(doc, book.summary());
		doc.sign(Signature.person("TỔ TRƯỞNG TỔ HÒA GIẢI", null));
		return doc.build();
	}

	private static void cover(Document.Builder doc, RegisterBook.Cover cover) {
		Places p = cover.places();
		doc.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true)
			.centered("Độc lập - Tự do - Hạnh phúc", true)
			.centered(" ", false)
			.centered("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", true)
			.centered("Năm " + cover.year(), true)
			.centered(" ", false);
		line(doc, "Tỉnh/thành phố:", p.province());
		if (p.district() != null) {
			line(doc, "Huyện/quận/thị xã/thành phố thuộc tỉnh:", p.district());
		}
		line(doc, "Xã/phường/thị trấn:", p.commune());
		line(doc, "Thôn/tổ dân phố:", p.village());
		line(doc, "Tổ hòa giải:", cover.teamName());
		line(doc, "Quyển số:", "01/" + cover.year());
		line(doc, "Mở sổ ngày:", day(cover.opened()));
		line(doc, "Khóa sổ ngày:", day(cover.closed()));
	}

	private static void line(Document.Builder doc, String label, String value) {
		doc.labelled(label, (value != null) ? value : "");
	}

	private static String day(LocalDate date) {
		return (date != null) ? date.format(AgreementRecord.DAY) : "";
	}

	private static void summary(Document.Builder doc, RegisterBook.Summary summary) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of("Số TT", 4));
		columns.add(Column.of("Hòa giải viên tiến hành hòa giải", 16));
		for (String field : summary.fields()) {
			columns.add(Column.grouped("Vụ, việc chia theo phạm vi hòa giải", field, 8));
		}
		columns.add(Column.grouped("Kết quả", "Thành", 6));
		columns.add(Column.grouped("Kết quả", "Không thành", 6));
		columns.add(Column.grouped("Kết quả", "Đang hòa giải, chuyển, rút", 8));
		columns.add(Column.of("Ghi chú", 8));
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (SummaryRow r : summary.rows()) {
			rows.add(cells(String.valueOf(n++), r));
		}
		rows.add(cells("", summary.total()));
		doc.table(columns, rows, false);
	}

	private static List<String> cells(String number, SummaryRow r) {
		List<String> cells = new ArrayList<>();
		cells.add(number);
		cells.add(r.mediator());
		r.byField().forEach((count) -> cells.add(String.valueOf(count)));
		cells.add(String.valueOf(r.successful()));
		cells.add(String.valueOf(r.unsuccessful()));
		cells.add(String.valueOf(r.other()));
		cells.add("");
		return cells;
	}

}
