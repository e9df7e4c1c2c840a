package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseIntake;
import vn.hoagiai.cases.CaseOutcome;
import vn.hoagiai.cases.CaseOutcomes;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.PartyDetails;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.DismissalGround;
import vn.hoagiai.mediators.Election;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitUpdate;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;
import vn.hoagiai.training.AttendanceEntry;
import vn.hoagiai.training.AttendanceStatus;
import vn.hoagiai.training.EventDetails;
import vn.hoagiai.training.EventKind;
import vn.hoagiai.training.LibraryService;
import vn.hoagiai.training.TrainingEventService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary tables against the plain queries on the demo data: after each real write
 * through the modules' services, every unit's report for the year and half-year periods
 * from the summaries equals the plain count; the write marks exactly the communes it
 * touches; a mark rolls back with its transaction; a count that read before a write
 * committed never passes for current.
 */
@IntegrationTest
class IndicatorSnapshotsIT {

	@Autowired
	IndicatorService indicators;

	@Autowired
	IndicatorSnapshots snapshots;

	@Autowired
	SnapshotRefresher refresher;

	@Autowired
	SnapshotStore store;

	@Autowired
	CommuneCounts counts;

	@Autowired
	UnitMaps maps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseOutcomes outcomes;

	@Autowired
	MediatorService mediators;

	@Autowired
	TrainingEventService training;

	@Autowired
	LibraryService library;

	@Autowired
	UnitAdministration administration;

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void summariesEqualThePlainQueriesAfterEveryKindOfWrite() {
		long province = unit("Tỉnh Thái Nguyên");
		long nongThuong = unit("Xã Nông Thượng");
		long duongQuang = unit("Xã Dương Quang");
		admin(province);
		this.refresher.refresh();
		assertThat(stale()).isEmpty();
		assertSummariesEqualPlainCounts();

		long team = teamOf(nongThuong, 0);
		SignedIn.as("tuphap.nongthuong", nongThuong, Role.COMMUNE_OFFICER);
		long caseId = this.intake.intake(team,
				new CaseDetails(LocalDate.now().minusDays(2), CaseGround.PARTY_REQUEST, "NEIGHBOUR",
						"Tranh chấp lối đi kiểm thử", false, false),
				null, List.of(party("Nguyễn Văn An"), party("Trần Thị Bình")));
		assertThat(stale()).containsExactly(nongThuong);
		assertSummariesEqualPlainCounts();

		SignedIn.as("tuphap.nongthuong", nongThuong, Role.COMMUNE_OFFICER);
		this.outcomes.close(caseId, version("cas_case", caseId), new CaseOutcome(CaseResult.SUCCESSFUL,
				EndReason.AGREEMENT, "Mở lại lối đi chung", null, null, null, LocalDate.now(), List.of()));
		assertThat(stale()).containsExactly(nongThuong);
		assertSummariesEqualPlainCounts();

		admin(province);
		long mediator = this.mediators.create(
				new MediatorDetails("Hoàng Thị Mai", Sex.FEMALE, 1980, "02", null, null, null, Background.LAWYER, null,
						new Election(null, null, null, null), null, null, null, null),
				team, TeamRole.MEMBER, LocalDate.now().minusDays(1));
		assertThat(stale()).containsExactly(nongThuong);
		assertSummariesEqualPlainCounts();

		this.mediators.move(mediator, version("med_mediator", mediator), teamOf(duongQuang, 0), TeamRole.MEMBER,
				LocalDate.now(), null);
		assertThat(stale()).containsExactlyInAnyOrder(nongThuong, duongQuang);
		assertSummariesEqualPlainCounts();

		this.mediators.dismiss(mediator, version("med_mediator", mediator), DismissalGround.OWN_REQUEST, "QĐ 1/KT",
				LocalDate.now());
		assertThat(stale()).containsExactlyInAnyOrder(nongThuong, duongQuang);
		assertSummariesEqualPlainCounts();

		SignedIn.as("tuphap.nongthuong", nongThuong, Role.COMMUNE_OFFICER);
		LocalDate day = LocalDate.now().minusDays(1);
		long course = this.training.create(null, new EventDetails("Lớp tập huấn tổng hợp", EventKind.COURSE, null, day,
				day, new java.math.BigDecimal("8"), "Nhà văn hóa", false, null, null, null, null, null, null, null));
		this.training.recordAttendance(course,
				List.of(AttendanceEntry.mediator(memberOf(teamOf(nongThuong, 1)), AttendanceStatus.PRESENT)));
		assertThat(stale()).contains(nongThuong);
		admin(province);
		assertSummariesEqualPlainCounts();

		openUnopenedMaterial();
		assertSummariesEqualPlainCounts();

		UnitId commune = UnitId.of(nongThuong);
		UnitFlags flags = flags(nongThuong);
		UnitFlags flipped = new UnitFlags(!flags.ethnicMinorityArea(), flags.difficultArea(), flags.advancedNewRural(),
				flags.pilot());
		this.administration.updateUnit(commune, this.administration.version(commune),
				new UnitUpdate(code(nongThuong), flipped, null));
		assertThat(stale()).containsExactly(nongThuong);
		assertSummariesEqualPlainCounts();
		this.administration.updateUnit(commune, this.administration.version(commune),
				new UnitUpdate(code(nongThuong), flags, null));

		this.transaction.executeWithoutResult((tx) -> this.events.publishEvent(UnitFiguresChanged.everywhere()));
		assertThat(stale()).hasSize(communes().size());
		assertSummariesEqualPlainCounts();
		assertThat(stale()).isEmpty();
	}

	@Test
	void aMarkRollsBackWithItsTransaction() {
		long commune = unit("Phường Đức Xuân");
		this.refresher.refresh();
		SnapshotRow.Generations before = this.store.generations(List.of(commune));

		this.transaction.executeWithoutResult((tx) -> {
			this.events.publishEvent(UnitFiguresChanged.units(UnitId.of(commune)));
			tx.setRollbackOnly();
		});

		assertThat(this.store.generations(List.of(commune))).isEqualTo(before);
		assertThat(stale()).doesNotContain(commune);
	}

	@Test
	void aCountReadBeforeAWriteCommittedIsStaleAndNeverReplacesALaterOne() {
		long commune = unit("Xã Dương Quang");
		LocalDate today = this.snapshots.today();
		Period year = this.indicators.calendar().year(this.indicators.calendar().yearOf(today));
		LocalDate asOf = year.asOf(today);
		UnitMap map = this.maps.country(today);
		SnapshotRow.Generations read = this.store.generations(List.of(commune));
		Map<Long, Tally> counted = this.counts.count(map, Set.of(commune), year, asOf, null);

		this.transaction.executeWithoutResult((tx) -> this.store.mark(Set.of(commune)));
		this.transaction.executeWithoutResult(
				(tx) -> this.store.save(year, asOf, today, read, Map.of(commune, counted.get(commune))));
		assertThat(this.snapshots.read(List.of(commune), year, asOf, today).stale()).containsExactly(commune);

		SnapshotRow.Generations now = this.store.generations(List.of(commune));
		this.transaction.executeWithoutResult(
				(tx) -> this.store.save(year, asOf, today, now, Map.of(commune, counted.get(commune))));
		assertThat(this.snapshots.read(List.of(commune), year, asOf, today).stale()).isEmpty();
		this.transaction.executeWithoutResult(
				(tx) -> this.store.save(year, asOf, today, read, Map.of(commune, counted.get(commune))));
		assertThat(this.snapshots.read(List.of(commune), year, asOf, today).stale()).isEmpty();

		assertThat(this.snapshots.read(List.of(commune), year, asOf.minusDays(1), today).stale())
			.as("a summary of another state-of day")
			.containsExactly(commune);
	}

	/** The report of every unit down to the communes, from summaries and plainly. */
	private void assertSummariesEqualPlainCounts() {
		SignedIn.as("admin", unit("Tỉnh Thái Nguyên"), Role.ADMIN);
		ReportingCalendar calendar = this.indicators.calendar();
		LocalDate today = this.indicators.today();
		int current = calendar.yearOf(today);
		for (Period period : List.of(calendar.year(current), calendar.halfOf(today), calendar.year(current - 1),
				calendar.secondHalf(current - 1))) {
			assertSame(null, period, Boundaries.CURRENT);
			assertSame(null, period, Boundaries.HISTORICAL);
		}
	}

	private void assertSame(UnitId unit, Period period, Boundaries boundaries) {
		IndicatorReport plain = this.indicators.report(unit, period, boundaries, true, true);
		IndicatorReport summed = this.indicators.report(unit, period, boundaries, true, false);
		assertThat(summed).as("%s %s %s", unit, period.code(), boundaries).isEqualTo(plain);
		for (UnitIndicators row : plain.children()) {
			if (!row.team() && (row.typeKey().endsWith("PROVINCE") || row.typeKey().endsWith("DISTRICT")
					|| row.typeKey().endsWith("CITY"))) {
				assertSame(UnitId.of(row.unitId()), period, boundaries);
			}
		}
	}

	private List<Long> stale() {
		LocalDate today = this.snapshots.today();
		Period year = this.indicators.calendar().year(this.indicators.calendar().yearOf(today));
		return new ArrayList<>(this.snapshots.read(communes(), year, year.asOf(today), today).stale());
	}

	private List<Long> communes() {
		return this.maps.country(this.snapshots.today()).communes().stream().map((u) -> u.id().value()).toList();
	}

	private void openUnopenedMaterial() {
		long userId = this.jdbc.sql("select id from idn_user where username = 'totruong.demo'")
			.query(Long.class)
			.single();
		long unit = this.jdbc.sql("select unit_id from idn_user where id = :id")
			.param("id", userId)
			.query(Long.class)
			.single();
		Long item = this.jdbc.sql("""
				select min(i.id) from trn_item i where i.published = true and i.withdrawn_reason is null
				and not exists (select 1 from trn_category_progress g join med_mediator m on m.id = g.mediator_id
				  where m.username = 'totruong.demo' and g.category = i.category)
				""").query(Long.class).optional().orElse(null);
		if (item != null) {
			SignedIn.asUser(userId, "totruong.demo", unit, Role.TEAM_LEADER);
			this.library.open(item);
		}
	}

	private static PartyDetails party(String name) {
		return new PartyDetails(PartyRole.PARTY, PartyKind.INDIVIDUAL, name, 1970, null, null, null, false);
	}

	private void admin(long province) {
		SignedIn.as("admin", province, Role.ADMIN);
	}

	private long teamOf(long commune, int index) {
		return this.jdbc.sql("""
				select t.id from med_team t join org_unit_parent p on p.unit_id = t.unit_id and p.valid_to is null
				where p.parent_id = :c and t.status = 'ACTIVE' order by t.id""")
			.param("c", commune)
			.query(Long.class)
			.list()
			.get(index);
	}

	private long memberOf(long team) {
		return this.jdbc
			.sql("select min(id) from med_mediator where team_id = :t and status = 'ACTIVE' and team_role = 'MEMBER'")
			.param("t", team)
			.query(Long.class)
			.single();
	}

	private long version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private UnitFlags flags(long unit) {
		return this.jdbc
			.sql("select ethnic_minority_area, difficult_area, advanced_new_rural, pilot from org_unit where id = :id")
			.param("id", unit)
			.query((rs, n) -> new UnitFlags(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
			.single();
	}

	private String code(long unit) {
		return this.jdbc.sql("select code from org_unit where id = :id").param("id", unit).query(String.class).single();
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

}
