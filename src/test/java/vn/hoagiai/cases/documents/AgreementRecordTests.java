package vn.hoagiai.cases.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.AssignmentView;
import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseOutcome;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.CaseScope;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartySex;
import vn.hoagiai.cases.PartyView;
import vn.hoagiai.cases.SessionDetails;
import vn.hoagiai.cases.StartDeadline;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written record of a successful mediation carries what Art. 24 lists, with a
 * signature and fingerprint block for each party and a signature for each mediator.
 */
class AgreementRecordTests {

	private final DocumentWriter writer = new DocumentWriter();

	@Test
	void pdfHoldsTheGroundsPartiesContentCourseAgreementAndSignatures() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.writer.write(record(), DocumentFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("UBND PHƯỜNG ĐỨC XUÂN", "TỔ HÒA GIẢI TỔ 1", "Số: 07/2025/VBHGT",
					"Phường Đức Xuân, ngày 14 tháng 3 năm 2025", "VĂN BẢN HÒA GIẢI THÀNH",
					"1. Căn cứ tiến hành hòa giải", "Một bên hoặc các bên yêu cầu hòa giải",
					"Bên A: Hoàng Văn Đức, sinh năm 1968, địa chỉ: Tổ 1, phường Đức Xuân", "Bên B: Nguyễn Thị Hòa",
					"Người có quyền lợi, nghĩa vụ liên quan: Hoàng Thị Lan", "3. Nội dung chủ yếu của vụ, việc",
					"Tranh chấp lối đi chung", "4. Diễn biến của quá trình hòa giải", "Hòa giải viên: Lường Thị Thủy",
					"Ngày 10/03/2025, tại Nhà văn hóa tổ 1", "Hai bên giữ lối đi rộng 2 mét", "lập thành 3 bản",
					"BÊN A", "BÊN B", "HÒA GIẢI VIÊN", "Điểm chỉ");
		}
	}

	@Test
	void docxHasTheSameContents() throws IOException {
		byte[] docx = this.writer.write(record(), DocumentFormat.DOCX);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
			assertThat(words.getText()).contains("VĂN BẢN HÒA GIẢI THÀNH", "Hoàng Văn Đức",
					"Hai bên giữ lối đi rộng 2 mét", "Lường Thị Thủy", "Điểm chỉ");
		}
	}

	private static Document record() {
		return AgreementRecord.of(successfulCase(),
				new AgreementRecord.Context("Tổ 1", new Places("Tỉnh Thái Nguyên", null, "Phường Đức Xuân", "Tổ 1"),
						"Mâu thuẫn giữa hàng xóm", Map.of(7001L, "Lường Thị Thủy")));
	}

	static CaseView successfulCase() {
		LocalDate received = LocalDate.of(2025, 3, 3);
		return new CaseView(55, 801, UnitId.of(902), 2025, 7, CaseStatus.CLOSED,
				new CaseDetails(received, CaseGround.PARTY_REQUEST, "NEIGHBOUR", "Tranh chấp lối đi chung", false,
						false),
				CaseScope.Checklist.clear(), CaseScope.assess(CaseScope.Checklist.clear()), null, received, false,
				LocalDate.of(2025, 3, 10), new StartDeadline.Result(false, 0, null),
				new CaseOutcome(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, "Hai bên giữ lối đi rộng 2 mét", null, null,
						null, LocalDate.of(2025, 3, 14), List.of()),
				List.of(party(1, PartyRole.PARTY, "Hoàng Văn Đức", 1968),
						party(2, PartyRole.PARTY, "Nguyễn Thị Hòa", 1975),
						party(3, PartyRole.RELATED_PERSON, "Hoàng Thị Lan", 1995)),
				List.of(new AssignmentView(7001, Instant.parse("2025-03-04T02:00:00Z"))),
				List.of(new CaseView.SessionView(1,
						new SessionDetails(LocalDate.of(2025, 3, 10), "Nhà văn hóa tổ 1", "Hai bên", null,
								"Các bên trình bày ý kiến"))),
				List.of(), List.of(), Instant.parse("2025-03-03T02:00:00Z"), 3);
	}

	private static PartyView party(long id, PartyRole role, String name, int born) {
		return new PartyView(id, role, PartyKind.INDIVIDUAL, name, born, PartySex.MALE, "Tổ 1, phường Đức Xuân",
				"0912345678", false, null, null);
	}

}
