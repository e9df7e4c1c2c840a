package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.hoagiai.cases.documents.RegisterBookQueries.CaseLine;
import vn.hoagiai.cases.documents.RegisterBookQueries.Field;
import vn.hoagiai.cases.documents.RegisterBookQueries.PartyLine;
import vn.hoagiai.shared.UnitId;

/**
 * A known year of a team's book: a successful land case with an invited elder, an
 * unsuccessful neighbour quarrel, a private family case, and one still in progress.
 */
final class RegisterBookFixtures {

	static final UnitId VILLAGE = UnitId.of(902);

	static final long HOA = 7001;

	static final long SON = 7002;

	private RegisterBookFixtures() {
	}

	static List<CaseLine> fourCasesOf2025() {
		return List.of(
				line(1, 1, "2025-02-03", "LAND_CIVIL", "Tranh chấp ranh giới đất vườn", "CLOSED", "SUCCESSFUL",
						"Hai bên thống nhất cắm lại mốc giới theo sổ đỏ", false),
				line(2, 2, "2025-03-10", "NEIGHBOUR", "Mâu thuẫn do tiếng ồn ban đêm", "CLOSED", "UNSUCCESSFUL", null,
						false),
				line(3, 3, "2025-04-21", "MARRIAGE_FAMILY", "Mâu thuẫn vợ chồng về chăm sóc con", "CLOSED",
						"SUCCESSFUL", "Hai vợ chồng cam kết cùng chăm sóc con", true),
				line(4, 4, "2025-05-02", "NEIGHBOUR", "Nước thải chảy sang nhà bên", "IN_PROGRESS", null, null, false));
	}

	static RegisterBookRows.Facts facts() {
		return new RegisterBookRows.Facts(
				Map.of(1L,
						List.of(party("PARTY", "Hoàng Văn Đức", 1968, "Tổ 1, phường Đức Xuân", null, null),
								party("PARTY", "Nguyễn Thị Hòa", 1975, "Tổ 1, phường Đức Xuân", null, null)),
						2L,
						List.of(party("PARTY", "Đặng Văn Sơn", 1990, "Tổ 2", "Yêu cầu bồi thường", "TAND thành phố"),
								party("PARTY", "Lý Thị Mai", 1988, "Tổ 2", "Không đồng ý", null)),
						3L,
						List.of(party("PARTY", "Triệu Văn Bình", 1985, "Tổ 1", null, null),
								party("PARTY", "Bàn Thị Xuân", 1987, "Tổ 1", null, null))),
				Map.of(1L, List.of(HOA, SON), 2L, List.of(SON), 3L, List.of(HOA), 4L, List.of(SON)),
				Map.of(1L, List.of("Ông Ma Văn Thuận (trưởng thôn)")),
				Map.of(HOA, "Lường Thị Hòa", SON, "Nông Văn Sơn"),
				List.of(new Field("NEIGHBOUR", "Mâu thuẫn giữa hàng xóm"),
						new Field("MARRIAGE_FAMILY", "Hôn nhân và gia đình"),
						new Field("LAND_CIVIL", "Dân sự liên quan đến đất đai")));
	}

	private static CaseLine line(long id, int number, String received, String field, String content, String status,
			String result, String agreement, boolean privateMediation) {
		return new CaseLine(id, number, LocalDate.parse(received), VILLAGE, field, content, status, result, agreement,
				null, null, privateMediation);
	}

	private static PartyLine party(String role, String name, int born, String address, String demands,
			String referredTo) {
		return new PartyLine(role, name, born, address, demands, referredTo);
	}

}
