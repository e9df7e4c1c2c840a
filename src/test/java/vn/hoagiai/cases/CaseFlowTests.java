package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.OwnMediator;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamStatus;
import vn.hoagiai.mediators.TeamMembership;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

/**
 * A case from intake to outcome on the real schema (H2 with the Flyway migrations); the
 * team comes from a stubbed mediators module.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:casflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ImportAutoConfiguration(JdbcClientAutoConfiguration.class)
@Import({ CaseService.class, CaseProgress.class, CaseIntake.class, CaseOutcomes.class, CaseFollowUps.class,
		CaseParties.class, CaseAccounts.class, IdempotencyKeys.class, CaseQueries.class, CaseLoader.class,
		RegisterNumbers.class, UnitScope.class, UnitDirectory.class, AuditTrail.class })
@RecordApplicationEvents
class CaseFlowTests {

	private static final long TEAM = 801;

	private static final long MEDIATOR = 7001;

	private static final long INTERESTED = 7002;

	private static final LocalDate RECEIVED = LocalDate.now().minusDays(5);

	@Autowired
	CaseService cases;

	@Autowired
	CaseProgress progress;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseOutcomes outcomes;

	@Autowired
	CaseFollowUps followUps;

	@Autowired
	CaseParties partyEdits;

	@Autowired
	CaseAccounts accounts;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	TeamService teams;

	@MockitoBean
	MediatorAccounts mediatorAccounts;

	@BeforeEach
	void wardWithAVillageTeam() {
		this.jdbc.sql("""
				insert into org_unit (id, type, name, valid_from, created_at, updated_at) values
				  (901, 'WARD', 'Phường Đức Xuân', date '2020-01-01', now(), now()),
				  (902, 'RESIDENTIAL_GROUP', 'Tổ 1', date '2020-01-01', now(), now()),
				  (903, 'COMMUNE', 'Xã Dương Quang', date '2020-01-01', now(), now())""").update();
		this.jdbc
			.sql("insert into org_unit_parent (unit_id, parent_id, valid_from) values (902, 901, date '2020-01-01')")
			.update();
		this.jdbc
			.sql("insert into med_team (id, unit_id, name, status, created_at, updated_at) "
					+ "values (801, 902, 'Tổ hòa giải tổ 1', 'ACTIVE', now(), now())")
			.update();
		this.jdbc.sql("""
				insert into med_mediator (id, full_name, name_folded, sex, background, status, team_id, unit_id,
				  created_at, updated_at) values
				  (7001, 'Lê Thị Hoa', 'le thi hoa', 'FEMALE', 'OTHER', 'ACTIVE', 801, 902, now(), now()),
				  (7002, 'Lý Văn Nam', 'ly van nam', 'MALE', 'OTHER', 'ACTIVE', 801, 902, now(), now())""").update();
		given(this.teams.membership(TEAM))
			.willReturn(new TeamMembership(TEAM, UnitId.of(902), TeamStatus.ACTIVE, Set.of(MEDIATOR, INTERESTED)));
		signIn(901, Role.COMMUNE_OFFICER);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void intakeGivesRegisterRowsAndSuccessfulOutcomePublishesCaseClosed() {
		long first = intake();
		long second = intake();
		this.entities.clear();
		this.progress.assign(first, version(first), MEDIATOR, false, RECEIVED.plusDays(1), false);
		this.progress.addSession(first, version(first),
				new SessionDetails(RECEIVED.plusDays(2), "Nhà văn hóa", "Hai bên", null, null));
		this.outcomes.close(first, version(first), new CaseOutcome(CaseResult.SUCCESSFUL, EndReason.AGREEMENT,
				"Mở lại lối đi chung", null, null, null, null, List.of()));
		this.entities.flush();
		this.entities.clear();

		CaseView view = this.cases.view(first);
		assertThat(view.registerNumber()).isEqualTo(1);
		assertThat(this.cases.view(second).registerNumber()).isEqualTo(2);
		assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(view.startedOn()).isEqualTo(RECEIVED.plusDays(2));
		assertThat(view.assignments()).extracting(AssignmentView::mediatorId).containsExactly(MEDIATOR);
		assertThat(this.events.stream(CaseClosed.class)).singleElement()
			.satisfies((e) -> assertThat(e.result()).isEqualTo(CaseResult.SUCCESSFUL))
			.satisfies((e) -> assertThat(e.unit()).isEqualTo(UnitId.of(902)));
	}

	@Test
	void excludedCaseCannotBeClosedAsSuccessful() {
		long id = intake();
		CaseView view = this.cases.view(id);
		this.cases.update(id, view.version(), view.details(), new Checklist(false, false, true, false), null, null);

		assertThatThrownBy(() -> this.outcomes.close(id, version(id),
				new CaseOutcome(CaseResult.SUCCESSFUL, EndReason.AGREEMENT, "x", null, null, null, null, List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.problems())
				.anySatisfy((p) -> assertThat(p.messageKey()).isEqualTo("case.outcome.excludedMustBeReferred")));
		assertThat(this.events.stream(CaseClosed.class)).isEmpty();
	}

	@Test
	void unsuccessfulOutcomeKeepsEachPartysDemandsAndClosedCaseReopensOnlyWithAReason() {
		long id = intake();
		List<PartyView> parties = this.cases.view(id).parties();
		List<CaseOutcome.PartyDemand> demands = parties.stream()
			.map((p) -> new CaseOutcome.PartyDemand(p.id(), "Đòi lại lối đi", "Tòa án nhân dân khu vực"))
			.toList();
		this.outcomes.close(id, version(id), new CaseOutcome(CaseResult.UNSUCCESSFUL, EndReason.MEDIATOR_ENDED, null,
				null, null, null, null, demands));

		assertThat(this.cases.view(id).outcome().demands()).extracting(CaseOutcome.PartyDemand::demands)
			.containsExactly("Đòi lại lối đi", "Đòi lại lối đi");
		assertThatThrownBy(() -> this.outcomes.reopen(id, version(id), " ")).isInstanceOf(InvalidInput.class);
		this.outcomes.reopen(id, version(id), "Bên B yêu cầu hòa giải lại");
		assertThat(this.cases.view(id).status()).isEqualTo(CaseStatus.RECEIVED);
	}

	@Test
	void mediatorWhoDeclaredAnInterestIsNotAssigned() {
		long id = intake();

		assertThatThrownBy(() -> this.progress.assign(id, version(id), INTERESTED, true, null, false))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.cases.view(id).assignments()).isEmpty();
	}

	@Test
	void staleWriteIsRefused() {
		long id = intake();

		assertThatThrownBy(() -> this.progress.recordStart(id, version(id) + 1, LocalDate.now()))
			.isInstanceOf(StaleVersion.class);
	}

	@Test
	void officerOfAnotherCommuneGetsNotFound() {
		long id = intake();
		signIn(903, Role.COMMUNE_OFFICER);

		assertThatThrownBy(() -> this.cases.view(id)).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void intakeWithOnePartyReportsEveryProblemAtOnce() {
		assertThatThrownBy(() -> this.intake.intake(TEAM, new CaseDetails(null, null, "NOPE", " ", false, false), null,
				List.of(party("An"))))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.problems()).extracting((p) -> p.field())
				.containsExactlyInAnyOrder("receivedOn", "ground", "fieldCode", "content", "parties"));
	}

	@Test
	void successfulCaseIsFollowedUpWhenDueAndCaseClosedCarriesWhatIndicatorsNeed() {
		long id = intake();
		this.outcomes.close(id, version(id), new CaseOutcome(CaseResult.SUCCESSFUL, EndReason.AGREEMENT,
				"Trả nợ trong 3 tháng", null, null, null, null, List.of()), LocalDate.now());
		this.entities.flush();

		assertThat(this.followUps.due(7)).singleElement().satisfies((d) -> assertThat(d.caseId()).isEqualTo(id));
		long check = this.followUps.due(7).get(0).followUpId();
		this.followUps.record(id, version(id), check, LocalDate.now(), FollowUpResult.PARTLY, "Đã trả một phần");
		this.entities.flush();
		assertThat(this.followUps.due(7)).isEmpty();
		assertThat(this.cases.view(id).followUps()).singleElement()
			.satisfies((f) -> assertThat(f.result()).isEqualTo(FollowUpResult.PARTLY));
		assertThat(this.events.stream(CaseClosed.class)).singleElement().satisfies((e) -> {
			assertThat(e.teamId()).isEqualTo(TEAM);
			assertThat(e.fieldCode()).isEqualTo("NEIGHBOUR");
			assertThat(e.receivedOn()).isEqualTo(RECEIVED);
			assertThat(e.closedOn()).isEqualTo(LocalDate.now());
		});
	}

	@Test
	void partiesOfAClosedCaseChangeOnlyWithAReasonThatShowsOnTheCase() {
		long id = intake();
		this.outcomes.close(id, version(id), new CaseOutcome(CaseResult.WITHDRAWN, EndReason.PARTY_STOPPED, null, null,
				null, null, null, List.of()));
		this.entities.flush();
		List<PartyEdit> added = List.of(new PartyEdit(null, new PartyDetails(PartyRole.RELATED_PERSON,
				PartyKind.INDIVIDUAL, "Hoàng Văn Chứng", 1960, null, null, null, false)));

		assertThatThrownBy(() -> this.partyEdits.edit(id, version(id), added, null)).isInstanceOfSatisfying(
				InvalidInput.class,
				(e) -> assertThat(e.problems()).extracting((p) -> p.field()).containsExactly("reason"));
		this.partyEdits.edit(id, version(id), added, "Bổ sung người làm chứng");
		this.entities.flush();
		this.entities.clear();

		CaseView view = this.cases.view(id);
		assertThat(view.parties()).hasSize(3);
		assertThat(view.amendments()).singleElement()
			.satisfies((a) -> assertThat(a.reason()).isEqualTo("Bổ sung người làm chứng"));
	}

	@Test
	void mediatorSeesTheCasesAssignedToHimAndOnlyCountsOfTheRest() {
		long mine = intake();
		long other = intake();
		this.progress.assign(mine, version(mine), MEDIATOR, false, RECEIVED, false);
		this.entities.flush();
		given(this.mediatorAccounts.of(org.mockito.ArgumentMatchers.any()))
			.willReturn(java.util.Optional.of(new OwnMediator(MEDIATOR, TEAM, false)));
		signIn(902, Role.MEDIATOR);

		CaseList list = this.cases.list(CaseFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10));
		assertThat(list.rows().getContent()).singleElement().satisfies((r) -> {
			assertThat(r.id()).isEqualTo(mine);
			assertThat(r.partyNames()).contains("Nguyễn Văn An");
		});
		assertThat(this.cases.view(mine).parties()).hasSize(2);
		assertThatThrownBy(() -> this.cases.view(other)).isInstanceOf(RecordNotFound.class);
		signIn(902, Role.PARTNER);
		CaseList counts = this.cases.list(CaseFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10));
		assertThat(counts.rowsVisible()).isFalse();
		assertThat(counts.counts().total()).isEqualTo(2);
	}

	private long intake() {
		long id = this.intake.intake(TEAM,
				new CaseDetails(RECEIVED, CaseGround.PARTY_REQUEST, "NEIGHBOUR", "Tranh chấp lối đi", false, false),
				null, List.of(party("Nguyễn Văn An"), party("Trần Thị Bình")));
		this.entities.flush();
		return id;
	}

	private long version(long id) {
		this.entities.flush();
		return this.jdbc.sql("select version from cas_case where id = :id").param("id", id).query(Long.class).single();
	}

	private static PartyDetails party(String name) {
		return new PartyDetails(PartyRole.PARTY, PartyKind.INDIVIDUAL, name, 1970, null, null, null, false);
	}

	private static void signIn(long unit, Role role) {
		Viewer viewer = new Viewer(3, "tester", UnitId.of(unit), Set.of(role));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken((ViewerAware) () -> viewer, null, List.of()));
	}

}
