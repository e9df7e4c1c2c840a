package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class TrainerServiceTests {

	private static final UnitView PROVINCE = unit(1, UnitType.PROVINCE);

	private static final UnitView WARD = unit(12, UnitType.WARD);

	private final TrainerRepository repository = mock(TrainerRepository.class);

	private final TrainerQueries queries = mock(TrainerQueries.class);

	private final TrainerAreas areas = mock(TrainerAreas.class);

	private final TeamService teams = mock(TeamService.class);

	private final UnitScope scope = mock(UnitScope.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final TrainerService service = new TrainerService(this.repository, this.queries, this.areas, this.teams,
			this.scope, this.audit);

	@BeforeEach
	void units() {
		given(this.scope.requireUnit(PROVINCE.id())).willReturn(PROVINCE);
		given(this.scope.requireUnit(WARD.id())).willReturn(WARD);
		given(this.areas.agenciesOf(PROVINCE.id())).willReturn(List.of(new AgencyView(5, PROVINCE.id(),
				AgencyKind.JUSTICE_DEPARTMENT, "Sở Tư pháp tỉnh Thái Nguyên", LocalDate.of(1997, 1, 1), null, null)));
	}

	@Test
	void refusesACommuneLevelUnit() {
		assertThat(problems(() -> this.service.create(WARD.id(),
				new TrainerDetails("Trần Văn Hùng", null, "Tòa án nhân dân", TrainerBackground.JUDGE,
						TrainerLevel.PROVINCE, null, true))))
			.containsExactly(FieldProblem.of("unitId", "trainer.unit.level"));
		verify(this.repository, never()).save(any());
	}

	@Test
	void refusesADistrictLevelTrainerAtAProvince() {
		assertThat(problems(() -> this.service.create(PROVINCE.id(), judge(TrainerLevel.DISTRICT, 5L))))
			.containsExactly(FieldProblem.of("level", "trainer.level.mismatch"));
	}

	@Test
	void refusesAnAgencyOfAnotherUnit() {
		assertThat(problems(() -> this.service.create(PROVINCE.id(), judge(TrainerLevel.PROVINCE, 99L))))
			.containsExactly(FieldProblem.of("agencyId", "trainer.agency.otherUnit"));
	}

	@Test
	void refusesATrainerWithoutNameOrAgency() {
		TrainerDetails empty = new TrainerDetails(" ", null, " ", TrainerBackground.OTHER, TrainerLevel.PROVINCE, null,
				true);

		assertThat(problems(() -> this.service.create(PROVINCE.id(), empty))).containsExactly(
				FieldProblem.of("fullName", "validation.required"),
				FieldProblem.of("agencyName", "trainer.agency.required"));
	}

	@Test
	void registersAnActiveTrainerAndAuditsIt() {
		given(this.repository.save(any())).willAnswer((call) -> {
			Trainer saved = call.getArgument(0);
			ReflectionTestUtils.setField(saved, "id", 11L);
			return saved;
		});

		long id = this.service.create(PROVINCE.id(), new TrainerDetails("Trần Văn Hùng", 5L, null,
				TrainerBackground.JUDGE, TrainerLevel.PROVINCE, null, false));

		assertThat(id).isEqualTo(11L);
		verify(this.repository).save(argThat((t) -> t.details().active()));
		verify(this.audit).created(eq(TrainerService.RECORD), eq(11L), eq(PROVINCE.id()), any());
	}

	@Test
	void staleDeactivationIsRefused() {
		given(this.repository.findById(3L))
			.willReturn(Optional.of(new Trainer(PROVINCE.id(), judge(TrainerLevel.PROVINCE, 5L))));

		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> this.service.deactivate(3L, 7L));
	}

	@Test
	void deactivationKeepsTheRecordAndAuditsTheChange() {
		Trainer trainer = new Trainer(PROVINCE.id(), judge(TrainerLevel.PROVINCE, 5L));
		given(this.repository.findById(3L)).willReturn(Optional.of(trainer));

		this.service.deactivate(3L, 0L);

		assertThat(trainer.details().active()).isFalse();
		verify(this.repository, never()).delete(any());
		verify(this.audit).updated(eq(TrainerService.RECORD), eq(3L), eq(PROVINCE.id()), any());
	}

	@Test
	void editingLeavesAnInactiveTrainerInactive() {
		Trainer trainer = new Trainer(PROVINCE.id(), new TrainerDetails("Trần Văn Hùng", 5L, null,
				TrainerBackground.JUDGE, TrainerLevel.PROVINCE, null, false));
		given(this.repository.findById(3L)).willReturn(Optional.of(trainer));

		this.service.update(3L, 0L, judge(TrainerLevel.PROVINCE, 5L));

		assertThat(trainer.details().active()).isFalse();
	}

	@Test
	void ratioCountsTeamsAndTrainersOfTheWholeArea() {
		Set<Long> area = Set.of(1L, 2L, 4L);
		given(this.areas.area(PROVINCE)).willReturn(area);
		given(this.queries.activeByLevel(area))
			.willReturn(Map.of(TrainerLevel.PROVINCE, 2L, TrainerLevel.DISTRICT, 1L));
		given(this.teams.countActiveTeams(area)).willReturn(250L);

		UnitTrainerRatio result = this.service.ratio(PROVINCE.id());

		assertThat(result.ratio().provinceTarget()).isEqualTo(3);
		assertThat(result.ratio().districtTarget()).isEqualTo(4);
		assertThat(result.ratio().status()).isEqualTo(TrainerRatio.Status.SHORT);
	}

	private static TrainerDetails judge(TrainerLevel level, Long agencyId) {
		return new TrainerDetails("Trần Văn Hùng", agencyId, null, TrainerBackground.JUDGE, level, "Tranh chấp đất đai",
				true);
	}

	private static List<FieldProblem> problems(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidInput ex) {
			return ex.problems();
		}
		return List.of();
	}

	private static UnitView unit(long id, UnitType type) {
		return new UnitView(UnitId.of(id), null, "Đơn vị " + id, type, null, LocalDate.of(1997, 1, 1), null,
				UnitFlags.none(), null);
	}

}
