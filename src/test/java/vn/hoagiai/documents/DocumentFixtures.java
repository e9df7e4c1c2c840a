package vn.hoagiai.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * Documents with Vietnamese text in every part of the format.
 */
final class DocumentFixtures {

	private DocumentFixtures() {
	}

	static Document recordWithTwoPartiesAndAMediator() {
		return Document.portrait()
			.letterhead(new Letterhead("UBND PHƯỜNG ĐỨC XUÂN", "TỔ HÒA GIẢI TỔ 1", "12/VB-THG", "Bắc Kạn",
					LocalDate.of(2025, 2, 5)))
			.title("VĂN BẢN HÒA GIẢI THÀNH", "Về việc tranh chấp lối đi chung")
			.heading("1. Căn cứ tiến hành hòa giải")
			.paragraph("Theo yêu cầu của bà Nguyễn Thị Hòa.")
			.labelled("Bên A:", "Ông Hoàng Văn Đức, sinh năm 1968, trú tại tổ 1, phường Đức Xuân.")
			.table(List.of(Block.Column.of("STT", 1), Block.Column.grouped("Kết quả", "Thành", 2),
					Block.Column.grouped("Kết quả", "Không thành", 2)), List.of(List.of("1", "x", "")), true)
			.sign(Signature.party("BÊN A", "Hoàng Văn Đức"))
			.sign(Signature.party("BÊN B", "Nguyễn Thị Hòa"))
			.sign(Signature.person("HÒA GIẢI VIÊN", "Lường Thị Thủy"))
			.build();
	}

	static Document letterToTwoRecipients() {
		return Document.portrait()
			.letterhead(new Letterhead(null, "SỞ TƯ PHÁP", null, "Thái Nguyên", LocalDate.of(2025, 11, 20)))
			.title("KẾ HOẠCH", "Tập huấn kỹ năng hòa giải năm 2026")
			.paragraph("Nội dung kế hoạch.")
			.sign(Signature.official("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quốc Việt"))
			.recipient("UBND các xã, phường")
			.recipient("Lưu: VT")
			.build();
	}

}
