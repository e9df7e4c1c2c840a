package vn.hoagiai.cases;

import java.util.Map;
import java.util.Random;

/**
 * Words for the demo cases: what each field's disputes are about, what parties agree on
 * and ask for, and where they are told to go.
 */
final class DemoCaseTexts {

	static final String[] FIELDS = { "NEIGHBOUR", "NEIGHBOUR", "NEIGHBOUR", "CIVIL", "CIVIL", "MARRIAGE_FAMILY",
			"MARRIAGE_FAMILY", "LAND_CIVIL", "LAND_CIVIL", "INHERITANCE", "MINOR_VIOLATION", "OTHER" };

	static final Map<String, String[]> CONTENT = Map.of("NEIGHBOUR",
			new String[] { "Tranh chấp lối đi chung giữa hai hộ liền kề", "Nước thải chảy sang vườn nhà bên cạnh",
					"Cây trồng sát ranh giới che nắng, rễ làm nứt tường", "Gia súc thả rông phá hoại hoa màu" },
			"CIVIL",
			new String[] { "Tranh chấp khoản vay 20 triệu đồng không trả đúng hẹn",
					"Mua bán trâu không thanh toán đủ tiền", "Thuê máy cày làm hỏng, chưa thống nhất bồi thường" },
			"MARRIAGE_FAMILY", new String[] { "Mâu thuẫn vợ chồng về chi tiêu trong gia đình",
					"Mâu thuẫn giữa mẹ chồng và con dâu", "Tranh chấp việc chăm sóc, cấp dưỡng cha mẹ già" },
			"LAND_CIVIL",
			new String[] { "Tranh chấp mốc giới thửa đất vườn", "Tranh chấp quyền sử dụng lối đi qua đất nương",
					"Xây tường lấn sang đất hộ bên cạnh" },
			"INHERITANCE",
			new String[] { "Chia di sản là nhà và đất của cha mẹ để lại", "Tranh chấp thừa kế ruộng giữa anh em ruột" },
			"MINOR_VIOLATION",
			new String[] { "Xô xát nhỏ sau khi uống rượu tại đám cưới", "Trẻ em đánh nhau, hai gia đình mâu thuẫn" },
			"OTHER", new String[] { "Mâu thuẫn về việc đóng góp xây dựng nhà văn hóa thôn",
					"Mâu thuẫn do tiếng ồn karaoke ban đêm" });

	static final String[] AGREEMENTS = {
			"Hai bên thống nhất cắm lại mốc giới theo bản đồ địa chính và cam kết không lấn chiếm",
			"Bên vay trả dần số tiền trong 6 tháng, mỗi tháng trả một phần",
			"Hai bên xin lỗi nhau và cam kết giữ gìn tình làng nghĩa xóm",
			"Các con thống nhất luân phiên chăm sóc cha mẹ và cùng góp tiền hằng tháng",
			"Hộ gia đình làm rãnh thoát nước riêng trong 15 ngày",
			"Chia đều di sản theo thỏa thuận, lập văn bản có người làm chứng" };

	static final String[] DEMANDS = { "Yêu cầu trả lại phần đất đã lấn chiếm", "Yêu cầu bồi thường thiệt hại",
			"Không đồng ý với yêu cầu của bên kia", "Yêu cầu chia lại di sản theo pháp luật" };

	static final String[] TOLD_TO = { "Tòa án nhân dân khu vực", "UBND xã (hòa giải tranh chấp đất đai)",
			"Công an xã" };

	static final String[] PLACES = { "Nhà văn hóa thôn", "Nhà ông trưởng thôn", "Nhà một bên tranh chấp",
			"Trụ sở UBND xã" };

	static final String[] SURNAMES = { "Hoàng", "Nông", "Triệu", "Lý", "Ma", "Hà", "Lục", "Nguyễn", "Trần", "Lê", "Đàm",
			"Bế", "Dương", "Vi", "La", "Chu", "Phạm", "Đinh" };

	static final String[] GIVEN = { "Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Hải", "Thị Hoa", "Văn Hùng",
			"Thị Lan", "Xuân Long", "Thị Mai", "Văn Nam", "Thị Nga", "Minh Quý", "Thị Thu", "Văn Tiến", "Thị Yến" };

	private DemoCaseTexts() {
	}

	static String pick(Random random, String[] options) {
		return options[random.nextInt(options.length)];
	}

	static String person(Random random) {
		return pick(random, SURNAMES) + " " + pick(random, GIVEN);
	}

}
