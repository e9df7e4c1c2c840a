package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;

/**
 * Demo cases from 1 January 2024 to today for every demo team, after the teams (order 15)
 * and the accounts (order 20). Success rates differ by commune: the advanced new-rural
 * commune stays under 90%, two communes under 80%. A few cases are private, referred or
 * flagged for domestic violence; successful ones have follow-up checks, some overdue.
 * {@code totruong.demo} and {@code hgv.demo} (linked by the mediators' demo data to the
 * leader and the earliest registered member of their team) get open cases to work on.
 * Deterministic; written in JDBC batches ({@link DemoCaseWriter}); loaded only into an
 * empty register.
 */
@Component
@Order(30)
class CasesDemoData implements ApplicationRunner {

	static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	/**
	 * Success rates for the communes in the order met; the advanced commune gets 0.84.
	 */
	private static final double[] RATES = { 0.93, 0.74, 0.88, 0.70, 0.91, 0.82, 0.86 };

	private static final double ADVANCED_RATE = 0.84;

	private static final Logger log = LoggerFactory.getLogger(CasesDemoData.class);

	private final Deployment deployment;

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	private final JdbcTemplate batches;

	private final ApplicationEventPublisher events;

	CasesDemoData(Deployment deployment, JdbcClient jdbc, JdbcTemplate batches, UnitDirectory units,
			ApplicationEventPublisher events) {
		this.events = events;
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.batches = batches;
		this.units = units;
	}

	/** A demo team: its village, its commune's success rate and its active mediators. */
	record Team(long id, UnitId village, String villageName, double rate, List<Long> mediators, Long leader) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.jdbc.sql("select count(*) from cas_case").query(Long.class).single() > 0) {
			return;
		}
		List<Team> teams = teams();
		if (teams.isEmpty()) {
			return;
		}
		Team demoTeam = demoTeam(teams);
		DemoCaseWriter writer = new DemoCaseWriter(this.batches, new Random(2024), LocalDate.now());
		for (Team team : teams) {
			writer.team(team, team.equals(demoTeam));
		}
		writer.flush();
		this.events.publishEvent(UnitFiguresChanged.everywhere());
		log.info("Demo data: {} mediation cases", writer.cases());
	}

	/** The active teams with their members (leader first), read once. */
	private List<Team> teams() {
		Map<Long, List<Long>> members = new LinkedHashMap<>();
		Map<Long, Long> leaders = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, team_id, team_role from med_mediator where status = 'ACTIVE' and team_id is not null "
					+ "order by team_id, id")
			.query((rs, n) -> {
				members.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>()).add(rs.getLong(1));
				if ("LEADER".equals(rs.getString(3))) {
					leaders.putIfAbsent(rs.getLong(2), rs.getLong(1));
				}
				return null;
			})
			.list();
		Map<Long, Double> communeRates = new LinkedHashMap<>();
		List<Team> teams = new ArrayList<>();
		LocalDate today = LocalDate.now();
		this.jdbc.sql("select id, unit_id from med_team where status = 'ACTIVE' order by id").query((rs, n) -> {
			List<Long> ids = members.getOrDefault(rs.getLong(1), List.of());
			if (ids.size() < 2) {
				return null;
			}
			UnitId village = UnitId.of(rs.getLong(2));
			UnitView unit = this.units.find(village, today).orElse(null);
			UnitView commune = (unit != null) ? this.units.find(unit.parentId(), today).orElse(null) : null;
			double rate = (commune == null) ? 0.85
					: communeRates.computeIfAbsent(commune.id().value(), (k) -> commune.flags().advancedNewRural()
							? ADVANCED_RATE : RATES[communeRates.size() % RATES.length]);
			teams.add(new Team(rs.getLong(1), village, (unit != null) ? unit.name() : "", rate, ids,
					leaders.getOrDefault(rs.getLong(1), ids.get(0))));
			return null;
		}).list();
		return teams;
	}

	/** The team of the demo leader and mediator: the first village of Đức Xuân. */
	private Team demoTeam(List<Team> teams) {
		Long village = this.jdbc.sql("select unit_id from idn_user where username = 'hgv.demo'")
			.query(Long.class)
			.optional()
			.orElse(null);
		return teams.stream().filter((t) -> village != null && t.village().value() == village).findFirst().orElse(null);
	}

}
