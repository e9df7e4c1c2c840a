package vn.hoagiai.training;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * What the demo contest is made of: Bắc Kạn city's contest of 2025 (its details, the
 * training event of each round), the points its judges give, the prizes by rank, and its
 * photo and plan. Pure and deterministic; {@link ContestDemoData} stores it.
 */
final class DemoContest {

	static final String CITY = "Thành phố Bắc Kạn";

	static final LocalDate HELD = LocalDate.of(2025, 6, 12);

	private static final BigDecimal HALVES = BigDecimal.valueOf(2);

	private DemoContest() {
	}

	static ContestDetails details() {
		return new ContestDetails("Hội thi hòa giải viên giỏi thành phố Bắc Kạn năm 2025", ContestLevel.DISTRICT, 2025,
				"Phòng Tư pháp thành phố Bắc Kạn", "Ủy ban MTTQ Việt Nam thành phố; UBND các phường, xã",
				LocalDate.of(2025, 5, 20), HELD, "Hội trường UBND thành phố Bắc Kạn",
				"Thi kiến thức pháp luật về hòa giải ở cơ sở, xử lý tình huống và tiểu phẩm hòa giải.",
				List.of(new ContestDetails.Round("Vòng sơ khảo", LocalDate.of(2025, 5, 20)),
						new ContestDetails.Round("Vòng chung khảo", HELD)),
				List.of(new ContestDetails.Judge("Hoàng Văn Thành", "Trưởng phòng Tư pháp thành phố"),
						new ContestDetails.Judge("Nông Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ thành phố"),
						new ContestDetails.Judge("Lý Văn Minh", "Thẩm phán Tòa án nhân dân thành phố")),
				List.of(new ContestDetails.Criterion("Kiến thức pháp luật", new BigDecimal("30")),
						new ContestDetails.Criterion("Xử lý tình huống, tiểu phẩm hòa giải", new BigDecimal("50")),
						new ContestDetails.Criterion("Kỹ năng trình bày", new BigDecimal("20"))));
	}

	static EventDetails roundEvent(ContestView.RoundView round) {
		return new EventDetails("Hội thi hòa giải viên giỏi năm 2025 - " + round.name(), EventKind.CONTEST_ROUND,
				"Phòng Tư pháp thành phố Bắc Kạn", round.heldOn(), round.heldOn(), new BigDecimal("8"),
				"Hội trường UBND thành phố Bắc Kạn", false, "Hội thi hòa giải viên giỏi", "Các đội thi, giám khảo",
				null, null, null, List.of(), List.of());
	}

	/** Between 60 % and 100 % of the criterion's maximum, in halves of a point. */
	static BigDecimal points(Random random, BigDecimal max) {
		BigDecimal share = BigDecimal.valueOf(0.6 + 0.4 * random.nextDouble());
		return max.multiply(share)
			.multiply(HALVES)
			.setScale(0, RoundingMode.HALF_UP)
			.divide(HALVES, 1, RoundingMode.UNNECESSARY);
	}

	/** First, second, two thirds and three encouragement prizes; null past seventh. */
	static Prize prize(Integer rank) {
		return switch (rank) {
			case 1 -> Prize.FIRST;
			case 2 -> Prize.SECOND;
			case 3, 4 -> Prize.THIRD;
			case 5, 6, 7 -> Prize.ENCOURAGEMENT;
			default -> null;
		};
	}

	static byte[] plan() {
		return DemoMaterial.pdf(List.of("KE HOACH TO CHUC HOI THI HOA GIAI VIEN GIOI NAM 2025", "Thanh pho Bac Kan",
				"Vong so khao: 20/05/2025", "Vong chung khao: 12/06/2025"));
	}

	static byte[] photo() {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC8102E));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(0xFFCD00));
		g.fillOval(120, 60, 80, 80);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
