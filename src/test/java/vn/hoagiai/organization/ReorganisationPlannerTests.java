package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoagiai.organization.ReorganisationPlan.Move;
import vn.hoagiai.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReorganisationPlannerTests {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private static final ReorganisationBasis BASIS = new ReorganisationBasis(REFORM, "Nghị quyết 202/2025/QH15", null);

	private final InMemoryMap map = new InMemoryMap();

	private final ReorganisationPlanner planner = new ReorganisationPlanner(this.map);

	@BeforeEach
	void twoCommunesUnderADistrict() {
		this.map.add(1, UnitType.PROVINCE, "Tỉnh Một", null);
		this.map.add(2, UnitType.DISTRICT, "Huyện Một", 1L);
		this.map.add(3, UnitType.COMMUNE, "Xã A", 2L);
		this.map.add(4, UnitType.COMMUNE, "Xã B", 2L);
		this.map.add(5, UnitType.VILLAGE, "Thôn A1", 3L);
		this.map.add(6, UnitType.VILLAGE, "Thôn A2", 3L);
		this.map.add(7, UnitType.PROVINCE, "Tỉnh Hai", null);
		this.map.agency(100, 1, AgencyKind.JUSTICE_DEPARTMENT, "Sở Tư pháp Một");
		this.map.agency(101, 1, AgencyKind.FATHERLAND_FRONT, "MTTQ Một");
		this.map.agency(200, 7, AgencyKind.JUSTICE_DEPARTMENT, "Sở Tư pháp Hai");
	}

	@Test
	void mergePlanMovesChildrenAndEndsSources() {
		ReorganisationPlan plan = this.planner.merge(new MergeCommand(List.of(3L), 4L, null, BASIS));

		assertThat(plan.ending()).extracting(ReorganisationPlan.UnitRef::id).containsExactly(3L);
		assertThat(plan.moves()).extracting((Move m) -> m.unit().id(), (Move m) -> m.to().id())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 4L), org.assertj.core.groups.Tuple.tuple(6L, 4L));
		assertThat(plan.successions()).singleElement().satisfies((s) -> assertThat(s.primary()).isTrue());
		assertThat(plan.summary()).contains("Xã A → Xã B");
	}

	@Test
	void mergeListsAgenciesWithoutSuccessor() {
		ReorganisationPlan plan = this.planner.merge(new MergeCommand(List.of(1L), 7L, null, BASIS));

		assertThat(plan.agencies()).filteredOn((a) -> a.agencyId() == 100)
			.singleElement()
			.satisfies((a) -> assertThat(a.successorId()).isEqualTo(200L));
		assertThat(plan.agenciesWithoutSuccessor()).extracting(ReorganisationPlan.AgencyHandover::agencyName)
			.containsExactly("MTTQ Một");
	}

	@Test
	void mergeNeedsASource() {
		assertRule(() -> this.planner.merge(new MergeCommand(List.of(), 4L, null, BASIS)), "sourceIds",
				"org.error.mergeNoSource");
	}

	@Test
	void mergeRejectsTargetAmongSources() {
		assertRule(() -> this.planner.merge(new MergeCommand(List.of(3L, 4L), 4L, null, BASIS)), "targetId",
				"org.error.targetAmongSources");
	}

	@Test
	void mergeRejectsUnitsOfDifferentLevels() {
		assertRule(() -> this.planner.merge(new MergeCommand(List.of(3L), 2L, null, BASIS)), "targetId",
				"org.error.levelDiffers");
	}

	@Test
	void mergeNeedsTheLegalBasis() {
		assertRule(
				() -> this.planner
					.merge(new MergeCommand(List.of(3L), 4L, null, new ReorganisationBasis(REFORM, " ", null))),
				"legalBasis", "org.error.legalBasisRequired");
	}

	@Test
	void unknownUnitIsAFieldError() {
		assertRule(() -> this.planner.merge(new MergeCommand(List.of(99L), 4L, null, BASIS)), "sourceIds",
				"org.error.unitUnknown");
	}

	@Test
	void dateBeforeTheUnitStartedIsRejected() {
		ReorganisationBasis early = new ReorganisationBasis(InMemoryMap.FOUNDED, "NQ", null);
		assertRule(() -> this.planner.rename(new RenameCommand(3L, "Xã C", early)), "unitId",
				"org.error.dateBeforeStart");
	}

	@Test
	void splitRequiresEveryChildAssigned() {
		List<NewUnitSpec> parts = List.of(new NewUnitSpec(null, "Xã A Bắc", null, null),
				new NewUnitSpec(null, "Xã A Nam", null, null));
		assertRule(() -> this.planner.split(new SplitCommand(3L, parts, Map.of(5L, 0), BASIS)), "assignments[6]",
				"org.error.splitUnassigned");

		ReorganisationPlan plan = this.planner.split(new SplitCommand(3L, parts, Map.of(5L, 0, 6L, 1), BASIS));
		assertThat(plan.created()).hasSize(2).allSatisfy((u) -> assertThat(u.parent().id()).isEqualTo(2L));
		assertThat(plan.successions()).extracting(ReorganisationPlan.SuccessionStep::primary)
			.containsExactly(true, false);
	}

	@Test
	void splitNeedsTwoParts() {
		assertRule(
				() -> this.planner
					.split(new SplitCommand(3L, List.of(new NewUnitSpec(null, "Xã X", null, null)), Map.of(), BASIS)),
				"parts", "org.error.splitTooFew");
	}

	@Test
	void moveUnderOwnDescendantIsRejected() {
		assertRule(() -> this.planner.move(new MoveCommand(2L, 3L, BASIS)), "newParentId",
				"org.error.moveUnderDescendant");
		assertRule(() -> this.planner.move(new MoveCommand(3L, 3L, BASIS)), "newParentId", "org.error.moveUnderItself");
	}

	@Test
	void communeCannotGoUnderVillage() {
		assertRule(() -> this.planner.move(new MoveCommand(4L, 5L, BASIS)), "newParentId", "org.error.levelMismatch");
	}

	@Test
	void communeMayGoStraightUnderAProvince() {
		ReorganisationPlan plan = this.planner.move(new MoveCommand(4L, 7L, BASIS));
		assertThat(plan.moves()).singleElement().satisfies((m) -> {
			assertThat(m.from().id()).isEqualTo(2L);
			assertThat(m.to().id()).isEqualTo(7L);
		});
	}

	@Test
	void abolishingAProvinceIsRejected() {
		assertRule(() -> this.planner.abolish(AbolishLevelCommand.unit(1L, BASIS)), "unitId", "org.error.abolishRoot");
	}

	@Test
	void abolishLevelMovesChildrenToTheParent() {
		ReorganisationPlan plan = this.planner.abolish(AbolishLevelCommand.type(UnitType.DISTRICT, 1L, BASIS));
		assertThat(plan.moves()).extracting((Move m) -> m.to().id()).containsOnly(1L);
		assertThat(plan.moves()).hasSize(2);
		assertThat(plan.ending()).extracting(ReorganisationPlan.UnitRef::id).containsExactly(2L);
	}

	@Test
	void wholeLevelAbolishesCitiesAndDistrictsAlike() {
		this.map.add(8, UnitType.CITY, "Thành phố Một", 1L);
		this.map.add(9, UnitType.WARD, "Phường X", 8L);

		assertThat(this.planner.abolish(AbolishLevelCommand.level(UnitType.DISTRICT, 1L, BASIS)).ending())
			.extracting(ReorganisationPlan.UnitRef::id)
			.containsExactlyInAnyOrder(2L, 8L);
		assertThat(this.planner.abolish(AbolishLevelCommand.type(UnitType.DISTRICT, 1L, BASIS)).ending())
			.extracting(ReorganisationPlan.UnitRef::id)
			.containsExactly(2L);
	}

	private static void assertRule(ThrowingCallable call, String field, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleViolation.class, (e) -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

}
