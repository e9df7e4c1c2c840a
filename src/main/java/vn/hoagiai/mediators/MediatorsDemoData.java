package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.UnitFiguresChanged;

/**
 * Demo teams and mediators: one team of 3–9 mediators for every demo village, with names,
 * sexes and ethnicities that fit Bắc Kạn; about one team in eight deliberately breaks a
 * rule of Art. 12 so that problems show. Deterministic; loaded only into an empty
 * register.
 */
@Component
@Order(15)
class MediatorsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MediatorsDemoData.class);

	private static final String[] SURNAMES = { "Hoàng", "Nông", "Triệu", "Lý", "Ma", "Hà", "Lục", "Nguyễn", "Trần",
			"Lê", "Đàm", "Bế", "Dương", "Vi", "La", "Hứa", "Chu", "Phạm", "Đinh", "Lương" };

	private static final String[] WOMEN = { "Hoa", "Lan", "Huệ", "Mai", "Thu", "Hương", "Hằng", "Nga", "Thảo", "Yến",
			"Dung", "Liên", "Nhung", "Thơm", "Tuyết", "Hòa", "Xuân", "Diệp" };

	private static final String[] MEN = { "Hùng", "Dũng", "Tuấn", "Thắng", "Bình", "Cường", "Sơn", "Hải", "Long", "Quý",
			"Tiến", "Toàn", "Chiến", "Khánh", "Lâm", "Đức", "Hiếu", "Đạt" };

	private static final String[] MIDDLE_MEN = { "Văn", "Đức", "Xuân", "Minh", "Quang", "Văn" };

	/** Bắc Kạn's mix: Tày, Kinh, Nùng, Dao, Mông (weights out of 100). */
	private static final String[][] ETHNIC_MIX = { { "02", "50" }, { "01", "20" }, { "07", "12" }, { "09", "13" },
			{ "08", "5" } };

	/** The ward and accounts of the identity module's demo team accounts. */
	static final String DEMO_WARD = "Phường Đức Xuân";

	static final String DEMO_LEADER = "totruong.demo";

	static final String DEMO_MEDIATOR = "hgv.demo";

	private final Deployment deployment;

	private final UnitDirectory units;

	private final MediationTeamRepository teams;

	private final MediatorRepository mediators;

	private final MembershipRepository memberships;

	private final TeamReviewRepository reviews;

	private final ApplicationEventPublisher events;

	MediatorsDemoData(Deployment deployment, UnitDirectory units, MediationTeamRepository teams,
			MediatorRepository mediators, MembershipRepository memberships, TeamReviewRepository reviews,
			ApplicationEventPublisher events) {
		this.events = events;
		this.deployment = deployment;
		this.units = units;
		this.teams = teams;
		this.mediators = mediators;
		this.memberships = memberships;
		this.reviews = reviews;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.teams.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now();
		Random random = new Random(2024);
		int teamCount = 0;
		int mediatorCount = 0;
		for (UnitView root : this.units.roots(today)) {
			for (UnitView unit : this.units.subtree(root.id(), today)) {
				if (!unit.type().isVillageLevel()) {
					continue;
				}
				teamCount++;
				mediatorCount += createTeam(unit, teamCount, random);
			}
		}
		linkDemoAccounts(today);
		this.events.publishEvent(UnitFiguresChanged.everywhere());
		log.info("Demo data: {} mediation teams with {} mediators", teamCount, mediatorCount);
	}

	/**
	 * The demo team leader's and mediator's accounts (made by the identity module's demo
	 * data, scoped to Đức Xuân's first residential group) are the leader and the earliest
	 * registered member of that group's team.
	 */
	private void linkDemoAccounts(LocalDate today) {
		this.units.findByName(DEMO_WARD, today)
			.flatMap((ward) -> this.units.children(ward.id(), today).stream().findFirst())
			.flatMap((village) -> this.teams.findByUnitIdOrderById(village.id().value()).stream().findFirst())
			.ifPresent((team) -> {
				List<Mediator> members = this.mediators.findByTeamIdOrderByFullName(team.getId());
				members.stream()
					.filter((m) -> m.getTeamRole() == TeamRole.LEADER)
					.findFirst()
					.ifPresent((leader) -> leader.linkAccount(DEMO_LEADER));
				members.stream()
					.filter((m) -> m.getTeamRole() == TeamRole.MEMBER)
					.min(java.util.Comparator.comparing(Mediator::getId))
					.ifPresent((member) -> member.linkAccount(DEMO_MEDIATOR));
			});
	}

	private int createTeam(UnitView village, int number, Random random) {
		LocalDate founded = LocalDate.of(2014, 3, 1).plusDays(random.nextInt(900));
		boolean breaksRule = number % 8 == 0;
		int size = breaksRule && number % 16 == 0 ? 2 : 3 + random.nextInt(7);
		int quota = Math.max(size, 5 + random.nextInt(3));
		MediationTeam team = this.teams
			.save(new MediationTeam(village.id(), new TeamDetails("Tổ hòa giải " + village.name(), number + "/QĐ-UBND",
					founded, "Chủ tịch UBND", quota)));
		boolean urban = village.type().name().equals("RESIDENTIAL_GROUP");
		List<Mediator> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			boolean woman = (i == 1 || random.nextInt(100) < 35) && !(breaksRule && number % 16 != 0);
			String ethnicity = breaksRule && number % 24 == 0 ? "01" : ethnicity(random, urban);
			members.add(createMediator(village, woman, ethnicity, random));
		}
		LocalDate joined = founded.plusDays(30);
		for (int i = 0; i < members.size(); i++) {
			Mediator mediator = members.get(i);
			TeamRole role = (i == 0) ? TeamRole.LEADER : TeamRole.MEMBER;
			mediator.joinTeam(team.getId(), village.id(), role);
			this.memberships.save(new Membership(mediator.getId(), team.getId(), role, joined, null));
		}
		if (random.nextInt(10) < 7) {
			boolean meets = size >= TeamComposition.MINIMUM && !breaksRule;
			this.reviews.save(new TeamReview(team.getId(), LocalDate.of(LocalDate.now().getYear() - 1, 12, 10),
					"Rà soát định kỳ", meets, "Công chức Tư pháp - Hộ tịch", "demo"));
		}
		if (random.nextInt(10) < 4) {
			this.reviews.save(new TeamReview(team.getId(), LocalDate.now().withDayOfYear(1).plusDays(40),
					"Kiện toàn đầu năm", !breaksRule, "Công chức Tư pháp - Hộ tịch", "demo"));
		}
		return members.size();
	}

	private Mediator createMediator(UnitView village, boolean woman, String ethnicity, Random random) {
		String surname = SURNAMES[random.nextInt(SURNAMES.length)];
		String name = woman ? surname + " Thị " + WOMEN[random.nextInt(WOMEN.length)]
				: surname + " " + MIDDLE_MEN[random.nextInt(MIDDLE_MEN.length)] + " " + MEN[random.nextInt(MEN.length)];
		int households = (village.households() != null) ? village.households() : 120;
		int votes = households / 2 + 1 + random.nextInt(Math.max(1, households / 2 - 1));
		Background background = Background.values()[random.nextInt(Background.values().length)];
		LocalDate elected = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(27));
		MediatorDetails details = new MediatorDetails(name, woman ? Sex.FEMALE : Sex.MALE, 1955 + random.nextInt(45),
				ethnicity, "09" + (10000000 + random.nextInt(89999999)), village.id(),
				woman ? "Hội Liên hiệp Phụ nữ thôn" : "Nông dân", background, LegalTraining.values()[random.nextInt(3)],
				new Election(ElectionMethod.values()[random.nextInt(3)], elected, votes, households),
				"QĐ-" + (100 + random.nextInt(800)) + "/UBND", elected.plusDays(10), elected, elected.plusYears(5));
		return this.mediators.save(new Mediator(details, village.id()));
	}

	private static String ethnicity(Random random, boolean urban) {
		int roll = random.nextInt(100);
		if (urban && roll < 30) {
			return "01";
		}
		int cumulative = 0;
		for (String[] entry : ETHNIC_MIX) {
			cumulative += Integer.parseInt(entry[1]);
			if (roll < cumulative) {
				return entry[0];
			}
		}
		return "02";
	}

}
