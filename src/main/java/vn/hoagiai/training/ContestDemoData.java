package vn.hoagiai.training;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
 * The demo contest ({@link DemoContest}): Bắc Kạn city's good-mediator contest of 2025
 * (held before the city was abolished on 1 July 2025), with two rounds held as training
 * events, a team from each ward and commune and two mediators competing alone, three
 * judges, three criteria, every score, the prizes by rank, a photo and the plan as a
 * document. Deterministic; loaded only when there is no contest yet, after the training
 * demo data.
 */
@Component
@Order(35)
class ContestDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContestDemoData.class);

	private final Deployment deployment;

	private final UnitDirectory units;

	private final ContestRepository contests;

	private final ContestFormat format;

	private final ContestParticipants participants;

	private final ContestScores scores;

	private final ContestFiles contestFiles;

	private final TrainingEventRepository events;

	private final StoredFiles files;

	private final JdbcClient jdbc;

	ContestDemoData(Deployment deployment, UnitDirectory units, ContestRepository contests, ContestFormat format,
			ContestParticipants participants, ContestScores scores, ContestFiles contestFiles,
			TrainingEventRepository events, StoredFiles files, JdbcClient jdbc) {
		this.deployment = deployment;
		this.units = units;
		this.contests = contests;
		this.format = format;
		this.participants = participants;
		this.scores = scores;
		this.contestFiles = contestFiles;
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
		UnitView city = this.units.findByName(DemoContest.CITY, DemoContest.HELD).orElse(null);
		if (city == null) {
			return;
		}
		Contest contest = this.contests.save(new Contest(city.id(), DemoContest.details()));
		long id = contest.getId();
		this.format.keep(id, DemoContest.details());
		for (ContestView.RoundView round : this.format.rounds(id)) {
			TrainingEvent event = this.events.save(new TrainingEvent(city.id(), DemoContest.roundEvent(round)));
			this.format.linkRound(id, round.id(), event.getId());
		}
		List<Long> entered = enter(id, city);
		score(id, entered);
		this.contestFiles.add(
				id, ContestFileKind.PHOTO, "Trao giải Hội thi hòa giải viên giỏi năm 2025", this.files
					.store(new ByteArrayInputStream(DemoContest.photo()), FileType.PHOTOS, "contest.file.type.PHOTO"),
				"trao-giai-2025.png");
		this.contestFiles.add(id, ContestFileKind.DOCUMENT, "Kế hoạch tổ chức Hội thi",
				this.files.store(DemoContest.plan()), "ke-hoach-hoi-thi-2025.pdf");
		log.info("Demo data: a good-mediator contest with {} participants", entered.size());
	}

	/** A team from each ward and commune, and the team leaders of the first two alone. */
	private List<Long> enter(long contest, UnitView city) {
		List<Long> entered = new ArrayList<>();
		List<UnitView> communes = this.units.subtree(city.id(), DemoContest.HELD)
			.stream()
			.filter((u) -> u.type().isCommuneLevel())
			.toList();
		for (UnitView commune : communes) {
			team(contest, commune).ifPresent(entered::add);
		}
		for (UnitView commune : communes.subList(0, Math.min(2, communes.size()))) {
			mediator(contest, commune).ifPresent(entered::add);
		}
		return entered;
	}

	private Optional<Long> team(long contest, UnitView commune) {
		return this.jdbc.sql("""
				select t.id, t.name, t.unit_id, u.name from med_team t join org_unit u on u.id = t.unit_id
				join org_unit_parent p on p.unit_id = t.unit_id and p.valid_to is null
				where p.parent_id = :c and t.status = 'ACTIVE' order by t.id""")
			.param("c", commune.id().value())
			.query((rs, n) -> new ContestParticipants.NewParticipant(ParticipantKind.TEAM, rs.getLong(1), null,
					rs.getString(2), rs.getString(4) + ", " + commune.name(), rs.getLong(3), commune.id().value()))
			.list()
			.stream()
			.findFirst()
			.map((p) -> this.participants.add(contest, p));
	}

	private Optional<Long> mediator(long contest, UnitView commune) {
		return this.jdbc.sql("""
				select m.id, m.full_name, m.unit_id, t.name from med_mediator m join med_team t on t.id = m.team_id
				join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null
				where p.parent_id = :c and m.status = 'ACTIVE' and m.team_role = 'LEADER' order by m.id""")
			.param("c", commune.id().value())
			.query((rs, n) -> new ContestParticipants.NewParticipant(ParticipantKind.MEDIATOR, null, rs.getLong(1),
					rs.getString(2), rs.getString(4), rs.getLong(3), commune.id().value()))
			.list()
			.stream()
			.findFirst()
			.map((p) -> this.participants.add(contest, p));
	}

	/**
	 * Every judge scores every criterion, in halves of a point; prizes follow the rank.
	 */
	private void score(long contest, List<Long> entered) {
		Random random = new Random(2025);
		List<ContestView.JudgeView> judges = this.format.judges(contest);
		List<ContestView.CriterionView> criteria = this.format.criteria(contest);
		List<ContestScoring.Score> given = new ArrayList<>();
		Map<Long, List<ContestJudging.ScoreEntry>> sheets = new LinkedHashMap<>();
		for (Long p : entered) {
			for (ContestView.JudgeView j : judges) {
				for (ContestView.CriterionView c : criteria) {
					BigDecimal points = DemoContest.points(random, c.maxPoints());
					sheets.computeIfAbsent(j.id(), (k) -> new ArrayList<>())
						.add(new ContestJudging.ScoreEntry(p, c.id(), points));
					given.add(new ContestScoring.Score(j.id(), c.id(), p, points));
				}
			}
		}
		sheets.forEach((judge, cells) -> this.scores.put(contest, judge, cells));
		for (ContestScoring.Standing s : ContestScoring.rank(entered,
				judges.stream().map(ContestView.JudgeView::id).toList(),
				criteria.stream().map(ContestView.CriterionView::id).toList(), given)) {
			this.participants.prize(s.participantId(), DemoContest.prize(s.rank()));
		}
	}

}
