package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.organization.OrganizationFixtures.SmallProvince;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoagiai.organization.OrganizationFixtures.REFORM;
import static vn.hoagiai.organization.OrganizationFixtures.basis;

@OrganizationJpaTest
class ReorganiserTests {

	private static final LocalDate BEFORE = REFORM.minusDays(1);

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	Reorganiser reorganiser;

	@Autowired
	UnitDirectory directory;

	@Autowired
	UnitHistory history;

	@Autowired
	UnitScope scope;

	@Autowired
	UnitAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mergeMovesChildrenUnderTarget() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		this.reorganiser.apply(this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value()), map.communeB().value(), null, basis(REFORM))));

		assertThat(names(this.directory.children(map.communeB(), REFORM))).containsExactly("Thôn A1", "Thôn A2",
				"Thôn B1", "Thôn B2");
		assertThat(this.directory.find(map.communeA(), REFORM).orElseThrow().isValidOn(REFORM)).isFalse();
		assertThat(this.history.predecessors(map.communeB())).extracting(UnitHistory.SuccessionEntry::unitId)
			.containsExactly(map.communeA());
		assertThat(this.history.reorganisations(map.communeA())).hasSize(1);
		assertThat(auditRows()).isGreaterThan(0);
	}

	@Test
	void asOfBeforeMergeShowsOldTree() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		this.reorganiser.apply(this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value()), map.communeB().value(), null, basis(REFORM))));

		assertThat(names(this.directory.children(map.communeA(), BEFORE))).containsExactly("Thôn A1", "Thôn A2");
		assertThat(names(this.directory.children(map.district(), BEFORE))).containsExactly("Xã Hai", "Xã Một");
		assertThat(names(this.directory.children(map.district(), REFORM))).containsExactly("Xã Hai");
	}

	@Test
	void mergeIntoNewUnitCreatesItUnderTheCommonParent() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		ReorganisationPlan plan = this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value(), map.communeB().value()), null,
					new NewUnitSpec(UnitType.COMMUNE, "Xã Mới", "99999", null), basis(REFORM)));
		assertThat(plan.created()).singleElement()
			.satisfies((u) -> assertThat(u.parent().id()).isEqualTo(map.district().value()));

		this.reorganiser.apply(plan);

		UnitView created = this.directory.findByName("Xã Mới", REFORM).orElseThrow();
		assertThat(created.parentId()).isEqualTo(map.district());
		assertThat(this.directory.children(created.id(), REFORM)).hasSize(4);
		assertThat(this.directory.successorOn(map.communeA(), REFORM)).isEqualTo(created.id());
	}

	@Test
	void abolishLevelMovesCommunesUpToProvince() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		this.reorganiser.apply(this.reorganiser
			.planAbolish(AbolishLevelCommand.level(UnitType.DISTRICT, map.province().value(), basis(REFORM))));

		assertThat(names(this.directory.children(map.province(), REFORM))).containsExactly("Xã Hai", "Xã Một");
		assertThat(names(this.directory.children(map.province(), BEFORE))).containsExactly("Huyện Thử");
		assertThat(this.directory.successorOn(map.district(), REFORM)).isEqualTo(map.province());
		assertThat(this.directory.subtree(map.province(), REFORM)).hasSize(7);
	}

	@Test
	void splitGivesEachChildItsNewUnit() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		long a1 = map.villagesA().get(0).value();
		long a2 = map.villagesA().get(1).value();
		this.reorganiser.apply(this.reorganiser.planSplit(new SplitCommand(map.communeA().value(),
				List.of(new NewUnitSpec(null, "Xã Bắc", null, null), new NewUnitSpec(null, "Xã Nam", null, null)),
				Map.of(a1, 0, a2, 1), basis(REFORM))));

		UnitView north = this.directory.findByName("Xã Bắc", REFORM).orElseThrow();
		assertThat(north.parentId()).isEqualTo(map.district());
		assertThat(names(this.directory.children(north.id(), REFORM))).containsExactly("Thôn A1");
		assertThat(this.history.successors(map.communeA())).extracting(UnitHistory.SuccessionEntry::primary)
			.containsExactly(true, false);
	}

	@Test
	void renameKeepsOldNameAsOfEarlierDate() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		this.reorganiser
			.apply(this.reorganiser.planRename(new RenameCommand(map.communeA().value(), "Xã Một Mới", basis(REFORM))));

		assertThat(this.directory.find(map.communeA(), BEFORE).orElseThrow().name()).isEqualTo("Xã Một");
		assertThat(this.directory.find(map.communeA(), REFORM).orElseThrow().name()).isEqualTo("Xã Một Mới");
		assertThat(this.directory.name(map.communeA())).contains("Xã Một Mới");
		assertThat(this.directory.name(UnitId.of(987654))).isEmpty();
		assertThat(this.history.names(map.communeA())).extracting(UnitHistory.NameEntry::name)
			.containsExactly("Xã Một", "Xã Một Mới");
	}

	@Test
	void moveChangesParentFromTheDate() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		UnitId village = map.villagesA().get(0);
		this.reorganiser
			.apply(this.reorganiser.planMove(new MoveCommand(village.value(), map.communeB().value(), basis(REFORM))));

		assertThat(this.directory.find(village, BEFORE).orElseThrow().parentId()).isEqualTo(map.communeA());
		assertThat(this.directory.find(village, REFORM).orElseThrow().parentId()).isEqualTo(map.communeB());
		assertThat(this.history.parents(village)).hasSize(2);
	}

	@Test
	void successorOnFollowsChain() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		LocalDate later = REFORM.plusYears(1);
		this.reorganiser.apply(this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value()), map.communeB().value(), null, basis(REFORM))));
		this.reorganiser
			.apply(this.reorganiser.planAbolish(AbolishLevelCommand.unit(map.district().value(), basis(later))));
		this.reorganiser.apply(this.reorganiser.planMerge(new MergeCommand(List.of(map.communeB().value()), null,
				new NewUnitSpec(null, "Xã Ba", null, null), basis(later.plusDays(1)))));

		UnitId third = this.directory.findByName("Xã Ba", later.plusDays(1)).orElseThrow().id();
		assertThat(this.directory.successorOn(map.communeA(), BEFORE)).isEqualTo(map.communeA());
		assertThat(this.directory.successorOn(map.communeA(), REFORM)).isEqualTo(map.communeB());
		assertThat(this.directory.successorOn(map.communeA(), later.plusDays(1))).isEqualTo(third);
		assertThat(this.directory.predecessorIds(third)).contains(map.communeA().value(), map.communeB().value());
		VisibleUnits visible = this.scope.visibleUnits(new Viewer(1, "officer", third, Set.of(Role.COMMUNE_OFFICER)));
		assertThat(visible.contains(map.communeB())).isTrue();
		assertThat(visible.contains(map.communeA())).isTrue();
		assertThat(visible.contains(map.villagesA().get(0))).isTrue();
		assertThat(visible.contains(map.otherProvince())).isFalse();
	}

	@Test
	void scopeIncludesPredecessorsRecords() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		this.reorganiser.apply(this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value()), map.communeB().value(), null, basis(REFORM))));
		Viewer officer = new Viewer(1, "officer", map.communeB(), Set.of(Role.COMMUNE_OFFICER));

		VisibleUnits visible = this.scope.visibleUnits(officer);

		assertThat(visible.contains(map.communeA())).isTrue();
		assertThat(visible.contains(map.villagesA().get(0))).isTrue();
		assertThat(visible.contains(map.district())).isFalse();
		assertThat(visible.contains(map.otherProvince())).isFalse();
	}

	@Test
	void agenciesHandOverToTheSameKindAtTheSuccessor() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		long front = this.fixtures.agency(map.province(), AgencyKind.FATHERLAND_FRONT, "MTTQ tỉnh");
		long justice = this.fixtures.agency(map.otherProvince(), AgencyKind.JUSTICE_DEPARTMENT, "Sở Tư pháp Khác");
		long oldJustice = this.fixtures.agency(map.province(), AgencyKind.JUSTICE_DEPARTMENT, "Sở Tư pháp Thử");
		ReorganisationPlan plan = this.reorganiser.planMerge(
				new MergeCommand(List.of(map.province().value()), map.otherProvince().value(), null, basis(REFORM)));

		assertThat(plan.agenciesWithoutSuccessor()).extracting(ReorganisationPlan.AgencyHandover::agencyId)
			.containsExactly(front);
		this.reorganiser.apply(plan);

		assertThat(this.history.agencies(map.province())).filteredOn((a) -> a.agency().id() == oldJustice)
			.singleElement()
			.satisfies((a) -> {
				assertThat(a.agency().successorId()).isEqualTo(justice);
				assertThat(a.agency().validTo()).isEqualTo(REFORM);
			});
		this.administration.setAgencySuccessor(front, justice);
		assertThat(this.history.agencies(map.province())).allSatisfy((a) -> assertThat(a.successorName()).isNotNull());
	}

	@Test
	void applyRejectsPlanMadeBeforeTheMapChanged() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		ReorganisationPlan stale = this.reorganiser
			.planMerge(new MergeCommand(List.of(map.communeA().value()), map.communeB().value(), null, basis(REFORM)));
		this.reorganiser
			.apply(this.reorganiser.planAbolish(AbolishLevelCommand.unit(map.communeA().value(), basis(REFORM))));

		assertThatThrownBy(() -> this.reorganiser.apply(stale)).isInstanceOf(BusinessRuleViolation.class)
			.extracting((e) -> ((BusinessRuleViolation) e).messageKey())
			.isEqualTo("org.error.planOutdated");
	}

	@Test
	void editWithStaleVersionIsRejected() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		UnitId village = map.villagesA().get(0);
		this.administration.updateUnit(village, 0, new UnitUpdate("X1", UnitFlags.none(), 120));

		assertThatThrownBy(() -> this.administration.updateUnit(village, 0, new UnitUpdate("X2", UnitFlags.none(), 90)))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.directory.find(village).orElseThrow().households()).isEqualTo(120);
	}

	@Test
	void visibleListsOnlyTheScopeInOneTree() {
		SmallProvince map = this.fixtures.provinceWithOneDistrictAndTwoCommunes();
		List<UnitView> units = this.directory
			.visible(VisibleUnits.only(this.directory.subtreeIds(map.communeA(), REFORM)), REFORM);
		assertThat(names(units)).containsExactly("Xã Một", "Thôn A1", "Thôn A2");
		assertThat(this.directory.visible(VisibleUnits.everything(), REFORM)).hasSize(9);
	}

	private long auditRows() {
		return this.jdbc.sql("select count(*) from aud_event").query(Long.class).single();
	}

	private static List<String> names(List<UnitView> units) {
		return units.stream().map(UnitView::name).toList();
	}

}
