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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;

/**
 * The demo contest: Bắc Kạn city's good-mediator contest of 2025 (held before the city
 * was abolished on 1 July 2025), with two rounds held as training events, a team from
 * each ward and commune and two mediators competing alone, three judges, three criteria,
 * every score, the prizes by rank, a photo and the plan as a document. Deterministic;
 * loaded only when there is no contest yet, after the training demo data.
 */
@Component
@Order(35)
class ContestDemoData implements ApplicationRunner {

	static final String CITY = "Thành phố Bắc Kạn";

	private static final Logger log = LoggerFactory.getLogger(ContestDemoData.class);

	private static final LocalDate HELD = LocalDate.of(2025, 6, 12);

	private static final BigDecimal HALVES = BigDecimal.valueOf(2);

	private final Deployment deployment;

	private final UnitDirectory units;

	private final ContestRepository contests;

	private final ContestParts parts;

	private final TrainingEventRepository events;

	private final StoredFiles files;

	private final JdbcClient jdbc;

	ContestDemoData(Deployment deployment, UnitDirectory units, ContestRepository contests, ContestParts parts,
			TrainingEventRepository events, StoredFiles files, JdbcClient jdbc) {
		this.deployment = deployment;
		this.units = units;
		this.contests = contests;
		this.parts = parts;
		this.events = events;
		this.files = files;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.contests.count() > 0) {
			return;
		}
		UnitView city = this.units.findByName(CITY, HELD).orElse(null);
		if (city == null) {
			return;
		}
		Contest contest = this.contests.save(new Contest(city.id(), details()));
		long id = contest.getId();
		this.parts.keep(id, details());
		List<ContestView.RoundView> rounds = this.parts.rounds(id);
		for (ContestView.RoundView round : rounds) {
			TrainingEvent event = this.events.save(new TrainingEvent(city.id(), roundEvent(round)));
			this.parts.linkRound(id, round.id(), event.getId());
		}
		List<Long> participants = new ArrayList<>();
		List<UnitView> communes = this.units.subtree(city.id(), HELD)
			.stream()
			.filter((u) -> u.type().isCommuneLevel())
			.toList();
		for (UnitView commune : communes) {
			team(id, commune).ifPresent(participants::add);
		}
		for (UnitView commune : communes.subList(0, Math.min(2, communes.size()))) {
			mediator(id, commune).ifPresent(participants::add);
		}
		score(id, participants);
		this.parts.addFile(id, ContestFileKind.PHOTO, "Trao giải Hội thi hòa giải viên giỏi năm 2025",
				this.files.store(new java.io.ByteArrayInputStream(photo()), FileType.PHOTOS, "contest.file.type.PHOTO"),
				"trao-giai-2025.png");
		this.parts.addFile(id, ContestFileKind.DOCUMENT, "Kế hoạch tổ chức Hội thi",
				this.files.store(DemoMaterial.pdf(List.of("KE HOACH TO CHUC HOI THI HOA GIAI VIEN GIOI NAM 2025",
						"Thanh pho Bac Kan", "Vong so khao: 20/05/2025", "Vong chung khao: 12/06/2025"))),
				"ke-hoach-hoi-thi-2025.pdf");
		log.info("Demo data: a good-mediator contest with {} participants", participants.size());
	}

	private static ContestDetails details() {
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

	private static EventDetails roundEvent(ContestView.RoundView round) {
		return new EventDetails("Hội thi hòa giải viên giỏi năm 2025 - " + round.name(), EventKind.CONTEST_ROUND,
				"Phòng Tư pháp thành phố Bắc Kạn", round.heldOn(), round.heldOn(), new BigDecimal("8"),
				"Hội trường UBND thành phố Bắc Kạn", false, "Hội thi hòa giải viên giỏi", "Các đội thi, giám khảo",
				null, null, null, List.of(), List.of());
	}

	private java.util.Optional<Long> team(long contest, UnitView commune) {
		return this.jdbc.sql("""
				select t.id, t.name, t.unit_id, u.name from med_team t join org_unit u on u.id = t.unit_id
				join org_unit_parent p on p.unit_id = t.unit_id and p.valid_to is null
				where p.parent_id = :c and t.status = 'ACTIVE' order by t.id""")
			.param("c", commune.id().value())
			.query((rs, n) -> new ContestParts.NewParticipant(ParticipantKind.TEAM, rs.getLong(1), null,
					rs.getString(2), rs.getString(4) + ", " + commune.name(), rs.getLong(3), commune.id().value()))
			.list()
			.stream()
			.findFirst()
			.map((p) -> this.parts.addParticipant(contest, p));
	}

	private java.util.Optional<Long> mediator(long contest, UnitView commune) {
		return this.jdbc.sql("""
				select m.id, m.full_name, m.unit_id, t.name from med_mediator m join med_team t on t.id = m.team_id
				join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null
				where p.parent_id = :c and m.status = 'ACTIVE' and m.team_role = 'LEADER' order by m.id""")
			.param("c", commune.id().value())
			.query((rs, n) -> new ContestParts.NewParticipant(ParticipantKind.MEDIATOR, null, rs.getLong(1),
					rs.getString(2), rs.getString(4), rs.getLong(3), commune.id().value()))
			.list()
			.stream()
			.findFirst()
			.map((p) -> this.parts.addParticipant(contest, p));
	}

	/**
	 * Every judge scores every criterion, in halves of a point; prizes follow the rank.
	 */
	private void score(long contest, List<Long> participants) {
		Random random = new Random(2025);
		List<ContestView.JudgeView> judges = this.parts.judges(contest);
		List<ContestView.CriterionView> criteria = this.parts.criteria(contest);
		List<ContestScoring.Score> scores = new ArrayList<>();
		for (Long p : participants) {
			for (ContestView.JudgeView j : judges) {
				for (ContestView.CriterionView c : criteria) {
					BigDecimal share = BigDecimal.valueOf(0.6 + 0.4 * random.nextDouble());
					BigDecimal points = c.maxPoints()
						.multiply(share)
						.multiply(HALVES)
						.setScale(0, RoundingMode.HALF_UP)
						.divide(HALVES, 1, RoundingMode.UNNECESSARY);
					this.parts.score(contest, j.id(), c.id(), p, points);
					scores.add(new ContestScoring.Score(j.id(), c.id(), p, points));
				}
			}
		}
		for (ContestScoring.Standing s : ContestScoring.rank(participants,
				judges.stream().map(ContestView.JudgeView::id).toList(),
				criteria.stream().map(ContestView.CriterionView::id).toList(), scores)) {
			Prize prize = switch (s.rank()) {
				case 1 -> Prize.FIRST;
				case 2 -> Prize.SECOND;
				case 3, 4 -> Prize.THIRD;
				case 5, 6, 7 -> Prize.ENCOURAGEMENT;
				default -> null;
			};
			this.parts.prize(s.participantId(), prize);
		}
	}

	private static byte[] photo() {
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
