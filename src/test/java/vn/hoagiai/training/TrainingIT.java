package vn.hoagiai.training;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The training services on the demo data: the measures agree with each mediator's record,
 * new attendance counts at once, opening an item is recorded, a bad upload changes
 * nothing.
 */
@IntegrationTest
class TrainingIT {

	@Autowired
	TrainingMeasures measures;

	@Autowired
	TrainingRecordService records;

	@Autowired
	TrainingEventService events;

	@Autowired
	LibraryService library;

	@Autowired
	TrainingSettings settings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void measuresAgreeWithTheRulesAppliedToEachMediatorsRecord() {
		long commune = unit("Phường Đức Xuân");
		SignedIn.as("admin", commune, Role.ADMIN);
		List<Long> mediators = activeMediatorsOf(commune);
		LocalDate to = LocalDate.now();

		long trained = mediators.stream().filter((m) -> this.records.record(m).trained()).count();
		long users = mediators.stream().filter((m) -> this.records.record(m).materialSetUsed()).count();
		Map<UnitId, Long> measuredTrained = this.measures.trainedMediators(List.of(UnitId.of(commune)),
				this.settings.planFrom(), to);
		Map<UnitId, Long> measuredUsers = this.measures.materialUsers(List.of(UnitId.of(commune)),
				this.settings.planFrom(), to);

		assertThat(this.measures.activeMediators(List.of(UnitId.of(commune)), to)).containsEntry(UnitId.of(commune),
				(long) mediators.size());
		assertThat(measuredTrained).containsEntry(UnitId.of(commune), trained);
		assertThat(measuredUsers).containsEntry(UnitId.of(commune), users);
		assertThat(trained).isBetween(1L, mediators.size() - 1L);
	}

	@Test
	void communesWithoutMediatorsArePresentWithZero() {
		long province = unit("Tỉnh Thái Nguyên");

		Map<UnitId, Long> counts = this.measures.trainedMediators(List.of(UnitId.of(province)),
				LocalDate.of(2024, 1, 1), LocalDate.now());

		assertThat(counts).containsExactly(Map.entry(UnitId.of(province), 0L));
	}

	@Test
	void attendingACourseMakesAMediatorTrainedAndAbsenceDoesNot() {
		long commune = unit("Xã Nông Thượng");
		SignedIn.as("tuphap.nongthuong", commune, Role.COMMUNE_OFFICER);
		List<Long> untrained = activeMediatorsOf(commune).stream()
			.filter((m) -> !this.records.record(m).trained())
			.toList();
		LocalDate day = LocalDate.now().minusDays(3);
		long course = this.events.create(null, new EventDetails("Lớp tập huấn kiểm thử", EventKind.COURSE, null, day,
				day, new java.math.BigDecimal("8"), "Nhà văn hóa", false, null, null, null, null, null, null, null));
		Map<UnitId, Long> before = this.measures.trainedMediators(List.of(UnitId.of(commune)), this.settings.planFrom(),
				LocalDate.now());

		this.events.recordAttendance(course,
				List.of(AttendanceEntry.mediator(untrained.get(0), AttendanceStatus.LATE),
						AttendanceEntry.mediator(untrained.get(1), AttendanceStatus.ABSENT), new AttendanceEntry(null,
								"Nguyễn Văn Công", AttendeeRole.COMMUNE_LEADER, null, AttendanceStatus.PRESENT, null)));

		Map<UnitId, Long> after = this.measures.trainedMediators(List.of(UnitId.of(commune)), this.settings.planFrom(),
				LocalDate.now());
		assertThat(after.get(UnitId.of(commune))).isEqualTo(before.get(UnitId.of(commune)) + 1);
		assertThat(this.records.record(untrained.get(0)).trained()).isTrue();
		assertThat(this.records.record(untrained.get(1)).trained()).isFalse();
		assertThat(this.events.view(course).attendance()).hasSize(3);
	}

	@Test
	void attendanceWithAnotherCommunesMediatorSavesNothing() {
		long commune = unit("Xã Dương Quang");
		long foreign = activeMediatorsOf(unit("Phường Đức Xuân")).get(0);
		long own = activeMediatorsOf(commune).get(0);
		SignedIn.as("tuphap.duongquang", commune, Role.COMMUNE_OFFICER);
		LocalDate day = LocalDate.now().minusDays(1);
		long event = this.events.create(null, new EventDetails("Bồi dưỡng kiểm thử", EventKind.REFRESHER, null, day,
				day, java.math.BigDecimal.ONE, null, true, null, null, null, null, null, null, null));

		assertThatThrownBy(() -> this.events.recordAttendance(event,
				List.of(AttendanceEntry.mediator(own, AttendanceStatus.PRESENT),
						AttendanceEntry.mediator(foreign, AttendanceStatus.PRESENT))))
			.isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).problems()).extracting("field")
				.containsExactly("entries[1].mediatorId"));
		assertThat(this.events.view(event).attendance()).isEmpty();
	}

	@Test
	void openingAnItemIsRecordedForTheSignedInMediator() {
		long userId = this.jdbc.sql("select id from idn_user where username = 'totruong.demo'")
			.query(Long.class)
			.single();
		long unit = this.jdbc.sql("select unit_id from idn_user where id = :id")
			.param("id", userId)
			.query(Long.class)
			.single();
		long mediator = this.jdbc
			.sql("select m.id from med_mediator m join idn_user u on u.username = m.username where u.id = :id")
			.param("id", userId)
			.query(Long.class)
			.single();
		long item = this.jdbc.sql("select min(id) from trn_item where category = 'GUIDANCE' and published = true")
			.query(Long.class)
			.single();
		SignedIn.asUser(userId, "totruong.demo", unit, Role.TEAM_LEADER);

		ItemView first = this.library.open(item);
		ItemView second = this.library.open(item);

		assertThat(first.openCount()).isEqualTo(second.openCount() - 1);
		assertThat(second.firstOpened()).isEqualTo(first.firstOpened());
		assertThat(this.jdbc
			.sql("select count(*) from trn_category_progress where mediator_id = :m and category = 'GUIDANCE'")
			.param("m", mediator)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.library
			.search(new LibraryFilter(null, Category.GUIDANCE, true),
					org.springframework.data.domain.PageRequest.of(0, 50))
			.getContent()).extracting(ItemRow::id).doesNotContain(item);
	}

	@Test
	void htmlNamedPdfIsRefusedAndNoItemIsCreated() {
		long commune = unit("Phường Đức Xuân");
		SignedIn.as("tuphap.ducxuan", commune, Role.COMMUNE_OFFICER);
		long before = this.jdbc.sql("select count(*) from trn_item").query(Long.class).single();

		assertThatThrownBy(() -> this.library.addFile(
				new ItemDetails("Tài liệu giả", Category.OTHER, null, null, null, true, null, null, null),
				"../../tai-lieu.pdf",
				new ByteArrayInputStream("<html><body>không phải PDF</body></html>".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.jdbc.sql("select count(*) from trn_item").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void mediatorsSeeOnlyPublishedItems() {
		long userId = this.jdbc.sql("select id from idn_user where username = 'hgv.demo'").query(Long.class).single();
		long unit = this.jdbc.sql("select unit_id from idn_user where id = :id")
			.param("id", userId)
			.query(Long.class)
			.single();
		SignedIn.asUser(userId, "hgv.demo", unit, Role.MEDIATOR);

		var items = this.library.search(LibraryFilter.all(), org.springframework.data.domain.PageRequest.of(0, 100));

		assertThat(items.getContent()).allMatch(ItemRow::published).allMatch((i) -> i.opened() != null);
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private List<Long> activeMediatorsOf(long commune) {
		return this.jdbc.sql(
				"select m.id from med_mediator m join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null "
						+ "where p.parent_id = :c and m.status = 'ACTIVE' order by m.id")
			.param("c", commune)
			.query(Long.class)
			.list();
	}

}
