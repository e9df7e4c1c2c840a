package vn.hoagiai.cases.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartyView;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Letterhead;
import vn.hoagiai.documents.Signature;

/**
 * The written record of a successful mediation (văn bản hòa giải thành) with the contents
 * the Law on Grassroots Mediation lists (Art. 24): the grounds, the parties, the main
 * content, the course of the mediation, the agreement with the parties' rights and duties
 * and how and when it is carried out, and the signatures or fingerprints of the parties
 * and the mediators. Always in Vietnamese, like every official document.
 */
final class AgreementRecord {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AgreementRecord() {
	}

	/** What the record prints besides the case: names and places. */
	record Context(String teamName, Places places, String fieldName, Map<Long, String> mediators) {

	}

	static Document of(CaseView c, Context ctx) {
		List<PartyView> parties = c.parties().stream().filter((p) -> p.role() == PartyRole.PARTY).toList();
		List<PartyView> related = c.parties().stream().filter((p) -> p.role() != PartyRole.PARTY).toList();
		Document.Builder doc = Document.portrait()
			.letterhead(new Letterhead(ctx.places().communeCommittee(), "TỔ HÒA GIẢI " + Places.upper(ctx.teamName()),
					String.format("%02d/%d/VBHGT", c.registerNumber(), c.registerYear()), ctx.places().datePlace(),
					c.outcome().closedOn()))
			.title("VĂN BẢN HÒA GIẢI THÀNH",
					"Vụ, việc số " + c.registerNumber() + " năm " + c.registerYear() + " - " + ctx.fieldName());
		doc.heading("1. Căn cứ tiến hành hòa giải")
			.paragraph(ground(c.details().ground()) + " Ngày nhận vụ, việc: " + c.details().receivedOn().format(DAY)
					+ ".");
		doc.heading("2. Thông tin cơ bản về các bên");
		for (int i = 0; i < parties.size(); i++) {
			doc.labelled("Bên " + (char) ('A' + i) + ":", person(parties.get(i)));
		}
		for (PartyView p : related) {
			doc.labelled("Người có quyền lợi, nghĩa vụ liên quan:", person(p));
		}
		doc.heading("3. Nội dung chủ yếu của vụ, việc").paragraph(c.details().content());
		doc.heading("4. Diễn biến của quá trình hòa giải");
		doc.labelled("Hòa giải viên:", String.join(", ", mediatorNames(c, ctx)) + ".");
		for (CaseView.SessionView s : c.sessions()) {
			doc.paragraph(session(s));
		}
		doc.heading("5. Thỏa thuận đạt được; quyền, nghĩa vụ của các bên; phương thức, thời hạn thực hiện thỏa thuận")
			.paragraph(c.outcome().agreement());
		doc.paragraph("Văn bản hòa giải thành được lập thành " + (parties.size() + 1)
				+ " bản có giá trị như nhau, mỗi bên giữ một bản, Tổ hòa giải lưu một bản.");
		for (int i = 0; i < parties.size(); i++) {
			doc.sign(Signature.party("BÊN " + (char) ('A' + i), parties.get(i).fullName()));
		}
		for (String mediator : mediatorNames(c, ctx)) {
			doc.sign(Signature.person("HÒA GIẢI VIÊN", mediator));
		}
		return doc.build();
	}

	private static String ground(CaseGround ground) {
		return switch (ground) {
			case PARTY_REQUEST -> "Một bên hoặc các bên yêu cầu hòa giải.";
			case MEDIATOR_WITNESSED -> "Hòa giải viên trực tiếp chứng kiến hoặc biết vụ, việc thuộc phạm vi hòa giải.";
			case LEADER_ASSIGNMENT_OR_PROPOSAL ->
				"Phân công của tổ trưởng tổ hòa giải hoặc đề nghị của cơ quan, tổ chức, cá nhân liên quan.";
		};
	}

	private static String person(PartyView p) {
		StringBuilder b = new StringBuilder(p.fullName());
		if (p.birthYear() != null) {
			b.append(", sinh năm ").append(p.birthYear());
		}
		if (p.address() != null && !p.address().isBlank()) {
			b.append(", địa chỉ: ").append(p.address());
		}
		return b.append('.').toString();
	}

	private static String session(CaseView.SessionView s) {
		StringBuilder b = new StringBuilder("Ngày ").append(s.details().heldOn().format(DAY));
		if (s.details().place() != null) {
			b.append(", tại ").append(s.details().place());
		}
		if (s.details().attendees() != null) {
			b.append("; có mặt: ").append(s.details().attendees());
		}
		if (s.details().invited() != null) {
			b.append("; người được mời: ").append(s.details().invited());
		}
		if (s.details().notes() != null) {
			b.append(". ").append(s.details().notes());
		}
		return b.append('.').toString().replace("..", ".");
	}

	private static List<String> mediatorNames(CaseView c, Context ctx) {
		List<String> names = new ArrayList<>();
		c.assignments().forEach((a) -> {
			String name = ctx.mediators().get(a.mediatorId());
			if (name != null) {
				names.add(name);
			}
		});
		return names;
	}

}
