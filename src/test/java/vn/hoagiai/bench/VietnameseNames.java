package vn.hoagiai.bench;

import java.util.Random;

/**
 * Names with a realistic spread: Nguyễn for about one person in three, "Thị" and "Văn" as
 * the usual middle names, so that searches hit the same crowds they would in real data.
 */
final class VietnameseNames {

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Triệu", "Lò", "Hà", "Đinh", "Lương", "Ma",
			"Quàng" };

	/** Percent weights of {@link #SURNAMES}, summing to 100. */
	private static final int[] SURNAME_WEIGHTS = { 36, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
			1, 0 };

	private static final String[] WOMEN = { "Hoa", "Lan", "Huệ", "Mai", "Thu", "Hương", "Hằng", "Nga", "Thảo", "Yến",
			"Dung", "Liên", "Nhung", "Thơm", "Tuyết", "Hòa", "Xuân", "Diệp", "Trang", "Linh", "Phương", "Hạnh", "Loan",
			"Oanh", "Vân", "Ngọc", "Bích", "Hiền", "Thủy", "Duyên", "Quyên", "Nhàn", "Ánh", "Giang", "My", "Chi" };

	private static final String[] MEN = { "Hùng", "Dũng", "Tuấn", "Thắng", "Bình", "Cường", "Sơn", "Hải", "Long", "Quý",
			"Tiến", "Toàn", "Chiến", "Khánh", "Lâm", "Đức", "Hiếu", "Đạt", "Nam", "Phong", "Quang", "Trung", "Vinh",
			"Thành", "Tâm", "Hòa", "Huy", "Kiên", "Lực", "Mạnh", "Nghĩa", "Phúc", "Tài", "Thái", "Việt", "Định" };

	private static final String[] MIDDLE_WOMEN = { "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng" };

	private static final String[] MIDDLE_MEN = { "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân" };

	static final String[] PLACE_SYLLABLES = { "Tân", "Phú", "Hòa", "Bình", "An", "Thạnh", "Đông", "Xuân", "Minh",
			"Hưng", "Long", "Thành", "Quang", "Phước", "Yên", "Nghĩa", "Đức", "Trung", "Sơn", "Hải", "Lộc", "Thuận",
			"Mỹ", "Vĩnh", "Cẩm", "Đại", "Kim", "Ngọc", "Thượng", "Hạ", "Bắc", "Nam", "Tây", "Quảng", "Hồng", "Lạc" };

	private VietnameseNames() {
	}

	static String person(Random random, boolean woman) {
		String surname = surname(random);
		return woman ? surname + " " + pick(random, MIDDLE_WOMEN) + " " + pick(random, WOMEN)
				: surname + " " + pick(random, MIDDLE_MEN) + " " + pick(random, MEN);
	}

	static String place(Random random) {
		return pick(random, PLACE_SYLLABLES) + " " + pick(random, PLACE_SYLLABLES);
	}

	private static String surname(Random random) {
		int roll = random.nextInt(100);
		for (int i = 0; i < SURNAMES.length; i++) {
			roll -= SURNAME_WEIGHTS[i];
			if (roll < 0) {
				return SURNAMES[i];
			}
		}
		return SURNAMES[SURNAMES.length - 1];
	}

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
