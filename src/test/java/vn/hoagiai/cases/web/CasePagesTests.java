package vn.hoagiai.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseExports;
import vn.hoagiai.cases.CaseField;
import vn.hoagiai.cases.CaseFollowUps;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseIntake;
import vn.hoagiai.cases.CaseOutcomes;
import vn.hoagiai.cases.CaseParties;
import vn.hoagiai.cases.CaseProgress;
import vn.hoagiai.cases.CaseScope;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.IntakeResult;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartyView;
import vn.hoagiai.cases.StartDeadline;
import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.MemberView;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ CaseIntakePages.class, CasePages.class, CaseActionPages.class, CaseChoices.class, BindingRecovery.class })
class CasePagesTests {

	private static final CaseView CASE = new CaseView(9, 3, UnitId.of(40), 2025, 4, CaseStatus.IN_PROGRESS,
			new CaseDetails(LocalDate.of(2025, 3, 1), CaseGround.PARTY_REQUEST, "NEIGHBOUR", "Tranh chấp lối đi", false,
					false),
			CaseScope.Checklist.clear(), CaseScope.assess(CaseScope.Checklist.clear()), null, null, false, null,
			new StartDeadline.Result(false, 0, null), null,
			List.of(new PartyView(1, PartyRole.PARTY, PartyKind.INDIVIDUAL, "Nguyễn Văn An", 1970, null, null, null,
					false, null, null),
					new PartyView(2, PartyRole.PARTY, PartyKind.INDIVIDUAL, "Trần Thị Bình", 1975, null, null, null,
							false, null, null)),
			List.of(), List.of(), List.of(), List.of(), Instant.now(), 5);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	CaseIntake intake;

	@MockitoBean
	CaseParties parties;

	@MockitoBean
	CaseProgress progress;

	@MockitoBean
	CaseOutcomes outcomes;

	@MockitoBean
	CaseFollowUps followUps;

	@MockitoBean
	CaseExports exports;

	@MockitoBean
	TeamService teams;

	@MockitoBean
	UnitDirectory units;

	@MockitoSpyBean
	CaseChoices choices;

	@BeforeEach
	void choices() {
		given(this.cases.fields()).willReturn(List.of(new CaseField("NEIGHBOUR", "Mâu thuẫn giữa hàng xóm")));
		given(this.teams.list(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.cases.view(9)).willReturn(CASE);
		willReturn(List
			.of(new MemberView(7, "Lê Thị Hoa", Sex.FEMALE, 1970, null, false, TeamRole.MEMBER, Background.OTHER)))
			.given(this.choices)
			.mediators(3);
	}

	@Test
	void intakeWithTextWhereADateAndANumberBelongShowsTheFormAgainWithMessages() {
		var result = this.mvc.post()
			.uri("/cases/new")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(40, Role.TEAM_LEADER)))
			.with(csrf())
			.param("teamId", "3")
			.param("receivedOn", "hôm qua")
			.param("content", "Tranh chấp lối đi")
			.param("parties[0].fullName", "Nguyễn Văn An")
			.param("parties[0].birthYear", "abc")
			.param("idempotencyKey", "k");

		assertThat(result).hasStatusOk().hasViewName(CaseIntakePages.FORM);
		assertThat(result).bodyText().contains("Tranh chấp lối đi", "Nguyễn Văn An", "Giá trị không hợp lệ");
		verify(this.intake, never()).intake(anyLong(), any(), any(), any(), any());
	}

	@Test
	void intakeProblemsShowBesideTheFieldsAndASecondSendOfTheFormGoesToTheSameCase() {
		given(this.intake.intake(eq(3L), any(), any(), any(), eq("k")))
			.willThrow(new InvalidInput(List.of(FieldProblem.of("parties", "case.parties.tooFew"))))
			.willReturn(new IntakeResult(12, true));

		var first = post("/cases/new").param("teamId", "3").param("idempotencyKey", "k");
		assertThat(first).hasStatusOk().bodyText().contains("Vụ việc phải có ít nhất hai bên");
		assertThat(post("/cases/new").param("teamId", "3").param("idempotencyKey", "k")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/cases/12");
	}

	@Test
	void casePageShowsTimelineAndForms() {
		var result = this.mvc.get()
			.uri("/cases/9")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(40, Role.TEAM_LEADER)));

		assertThat(result).hasStatusOk().hasViewName(CasePages.DETAIL);
		assertThat(result).bodyText()
			.contains("Vụ việc số 4/2025", "Nguyễn Văn An", "Kiểm tra phạm vi: thuộc phạm vi hòa giải ở cơ sở",
					"assign-form", "session-form", "outcome-form");
	}

	@Test
	void staleSessionKeepsTheEntriesAndAnswers409() {
		willThrow(new StaleVersion("MediationCase", 9)).given(this.progress).addSession(eq(9L), eq(4L), any());

		var result = post("/cases/9/sessions").param("version", "4")
			.param("heldOn", "2025-03-02")
			.param("place", "Nhà văn hóa thôn Nà Mố");

		assertThat(result).hasStatus(409).hasViewName(CasePages.DETAIL);
		assertThat(result).bodyText().contains("Người khác vừa lưu thay đổi");
		assertThat(result).model()
			.extractingByKey("sessionForm")
			.satisfies(
					(form) -> assertThat(((ActionForms.SessionForm) form).place()).isEqualTo("Nhà văn hóa thôn Nà Mố"));
	}

	@Test
	void declaredInterestIsRefusedBesideTheMediatorField() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("mediatorId", "case.assignment.interest"))))
			.given(this.progress)
			.assign(eq(9L), eq(5L), eq(7L), eq(true), any(), eq(false));

		var result = post("/cases/9/assign").param("version", "5")
			.param("mediatorId", "7")
			.param("declaredInterest", "true")
			.param("assignedOn", "2025-03-02");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("có quyền lợi liên quan đến vụ việc, không được phân công");
	}

	@Test
	void editOfAClosedCaseWithoutAReasonIsRefused() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("reason", "case.reason.required")))).given(this.cases)
			.update(eq(9L), eq(5L), any(), any(), any(), any());

		var result = post("/cases/9/edit").param("version", "5")
			.param("receivedOn", "2025-03-01")
			.param("ground", "PARTY_REQUEST")
			.param("fieldCode", "NEIGHBOUR")
			.param("content", "Tranh chấp lối đi");

		assertThat(result).hasStatusOk().hasViewName(CasePages.EDIT);
		assertThat(result).bodyText().contains("Thay đổi vụ việc đã kết thúc phải nêu lý do");
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(String uri) {
		return this.mvc.post()
			.uri(uri)
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(40, Role.COMMUNE_OFFICER)))
			.with(csrf());
	}

}
