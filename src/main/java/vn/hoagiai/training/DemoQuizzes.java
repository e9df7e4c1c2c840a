package vn.hoagiai.training;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoagiai.shared.UnitId;

/**
 * The demo question bank on the Law on Grassroots Mediation and mediation skills, and two
 * quizzes drawn from it.
 */
@Component
class DemoQuizzes {

	static final String LAW = "Luật Hòa giải ở cơ sở";

	static final String SKILLS = "Kỹ năng hòa giải";

	private final QuizBank bank;

	DemoQuizzes(QuizBank bank) {
		this.bank = bank;
	}

	void load(UnitId unit) {
		question(unit, LAW, "Tổ hòa giải có ít nhất bao nhiêu hòa giải viên?", false,
				"Điều 12: tổ hòa giải có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ.", "1", "2", "+3",
				"5");
		question(unit, LAW, "Trong tổ hòa giải bắt buộc phải có thành viên nào?", false,
				"Điều 12: tổ có hòa giải viên nữ; vùng đồng bào dân tộc thiểu số có hòa giải viên là người dân tộc thiểu số.",
				"Đảng viên", "+Hòa giải viên nữ", "Luật sư", "Công an viên");
		question(unit, LAW, "Hòa giải viên được bầu khi có bao nhiêu đại diện hộ gia đình đồng ý?", false,
				"Điều 8: người được trên 50% tổng số đại diện hộ gia đình đồng ý thì được đề nghị công nhận.",
				"Từ 30% trở lên", "Từ 40% trở lên", "+Trên 50%", "Từ 2/3 trở lên");
		question(unit, LAW, "Những nguyên tắc nào là nguyên tắc tổ chức, hoạt động hòa giải ở cơ sở?", true,
				"Điều 4: tôn trọng sự tự nguyện; bảo đảm bí mật thông tin; bình đẳng giới; khách quan, công bằng.",
				"+Tôn trọng sự tự nguyện của các bên", "+Bảo đảm bí mật thông tin đời tư",
				"Bắt buộc hòa giải công khai", "+Bình đẳng giới");
		question(unit, LAW, "Việc nào KHÔNG được hòa giải ở cơ sở?", false,
				"Điều 3: không hòa giải vi phạm pháp luật phải bị truy cứu trách nhiệm hình sự.",
				"Mâu thuẫn giữa hàng xóm về lối đi", "+Hành vi phải bị truy cứu trách nhiệm hình sự",
				"Tranh chấp nhỏ trong gia đình", "Mâu thuẫn do khác nhau về lối sống");
		question(unit, LAW, "Hòa giải viên được hưởng những quyền nào?", true,
				"Điều 9: được bồi dưỡng kiến thức, cung cấp tài liệu, hưởng thù lao theo vụ việc.",
				"+Được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải", "+Được hưởng thù lao theo vụ, việc",
				"Được xử phạt vi phạm hành chính", "+Được cung cấp tài liệu");
		question(unit, LAW, "Ai ra quyết định công nhận hòa giải viên?", false,
				"Điều 8: Chủ tịch Ủy ban nhân dân cấp xã ra quyết định công nhận.", "Trưởng thôn",
				"+Chủ tịch Ủy ban nhân dân cấp xã", "Trưởng Phòng Tư pháp", "Chủ tịch Ủy ban MTTQ xã");
		question(unit, SKILLS, "Khi các bên đang nóng giận, hòa giải viên nên làm gì trước?", false,
				"Để các bên bình tĩnh lại, gặp riêng từng bên trước khi ngồi cùng nhau.",
				"Quyết định ngay ai đúng ai sai", "+Để các bên bình tĩnh, gặp riêng từng bên", "Báo công an",
				"Hoãn hòa giải vô thời hạn");
		question(unit, SKILLS, "Câu hỏi nào là câu hỏi mở?", false, "Câu hỏi mở để người nói kể lại theo cách của họ.",
				"Anh có đồng ý không?", "+Chuyện bắt đầu từ khi nào và như thế nào?", "Có phải bác sai không?",
				"Anh có mặt hôm đó chứ?");
		question(unit, SKILLS, "Khi phát hiện nguy cơ bạo lực, hòa giải viên phải làm gì?", false,
				"Điều 10: báo ngay cho tổ trưởng hoặc người có thẩm quyền; an toàn của nạn nhân là trước hết.",
				"Tiếp tục hòa giải như bình thường", "+Báo ngay cho tổ trưởng, người có thẩm quyền",
				"Giữ bí mật tuyệt đối", "Khuyên nạn nhân nhẫn nhịn");
		this.bank.insertQuiz("Kiểm tra kiến thức Luật Hòa giải ở cơ sở", LAW, 5, 60, unit);
		this.bank.insertQuiz("Ôn tập kỹ năng và pháp luật về hòa giải", null, 8, 70, unit);
	}

	/** Choices starting with "+" are right. */
	private void question(UnitId unit, String topic, String text, boolean multiple, String explanation,
			String... choices) {
		List<NewQuestion.NewChoice> list = java.util.Arrays.stream(choices)
			.map((c) -> new NewQuestion.NewChoice(c.startsWith("+") ? c.substring(1) : c, c.startsWith("+")))
			.toList();
		this.bank.insertQuestion(new NewQuestion(topic, text, multiple, explanation, list), unit);
	}

}
