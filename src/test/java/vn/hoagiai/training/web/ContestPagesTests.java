package vn.hoagiai.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;
import vn.hoagiai.training.ContestDetails;
import vn.hoagiai.training.ContestDueDates;
import vn.hoagiai.training.ContestEntries;
import vn.hoagiai.training.ContestJudging;
import vn.hoagiai.training.ContestLevel;
import vn.hoagiai.training.ContestMaterials;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;
import vn.hoagiai.training.ParticipantKind;
import vn.hoagiai.training.TrainingEventService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ ContestPages.class, ContestEntryPages.class, ContestScorePages.class, ContestFilePages.class,
		ContestApiController.class })
class ContestPagesTests {

	private static final ContestDetails DETAILS = new ContestDetails("Hội thi hòa giải viên giỏi xã Nông Thượng",
			ContestLevel.COMMUNE, 2026, "UBND xã Nông Thượng", null, LocalDate.of(2026, 10, 1), null, null, null,
			List.of(new ContestDetails.Round("Vòng chung khảo", LocalDate.of(2026, 10, 1))),
			List.of(new ContestDetails.Judge("Hoàng Văn An", null)),
			List.of(new ContestDetails.Criterion("Kiến thức pháp luật", new BigDecimal("30"))));

	private static final ContestView CONTEST = new ContestView(5, DETAILS, 40, "Xã Nông Thượng",
			List.of(new ContestView.RoundView(3, "Vòng chung khảo", LocalDate.of(2026, 10, 1), null, null)),
			List.of(new ContestView.JudgeView(7, "Hoàng Văn An", null)),
			List.of(new ContestView.CriterionView(2, "Kiến thức pháp luật", new BigDecimal("30"))),
			List.of(new ContestView.ParticipantView(1, ParticipantKind.TEAM, 11L, null, "Tổ hòa giải thôn Nà Pài",
					"Thôn Nà Pài", java.util.Collections.singletonList(null), null, false, null, null)),
			List.of(new ContestView.WithdrawnParticipantView(9, ParticipantKind.MEDIATOR, null, 12L, "Lục Văn Sinh",
					"Tổ hòa giải thôn Bản Chang", "Ốm, không dự thi được", LocalDate.of(2026, 9, 20))),
			List.of(), 4, null, true);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ContestService contests;

	@MockitoBean
	ContestDueDates dueDates;

	@MockitoBean
	ContestEntries entries;

	@MockitoBean
	ContestJudging judging;

	@MockitoBean
	ContestMaterials materials;

	@MockitoBean
	TeamService teams;

	@MockitoBean
	MediatorService mediators;

	@MockitoBean
	TrainingEventService events;

	@BeforeEach
	void contest() {
		given(this.contests.view(5)).willReturn(CONTEST);
		given(this.contests.list(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.judging.scoresOf(anyLong(), anyLong())).willReturn(java.util.Map.of());
		given(this.teams.list(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.mediators.list(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.events.list(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.contests.view(6)).willThrow(new RecordNotFound("Contest", 6));
	}

	@Test
	void aWordWhereTheYearBelongsShowsTheFormAgainWithTheMessageAndSavesNothing() {
		var result = post("/contests/new").param("title", "Hội thi").param("year", "hai nghìn");

		assertThat(result).hasStatusOk().hasViewName(ContestPages.FORM);
		assertThat(result).bodyText().contains("Năm phải là số.", "Hội thi");
		verify(this.contests, never()).create(any(), any());
	}

	@Test
	void theServicesProblemsShowBesideTheirFields() {
		given(this.contests.create(any(), any()))
			.willThrow(new InvalidInput(List.of(FieldProblem.of("organiserAgency", "validation.required"),
					FieldProblem.of("criteria", "contest.criteria.none"))));

		var result = post("/contests/new").param("title", "Hội thi").param("year", "2026");

		assertThat(result).hasStatusOk().hasViewName(ContestPages.FORM);
		assertThat(result).bodyText().contains("Không được để trống.", "Cần ít nhất một tiêu chí chấm điểm.");
	}

	@Test
	void aStaleEditKeepsTheEntriesAndAnswers409() {
		willThrow(new StaleVersion("Contest", 5)).given(this.contests).update(eq(5L), eq(3L), any());

		var result = post("/contests/5/edit").param("version", "3")
			.param("title", "Hội thi sửa lại")
			.param("level", "COMMUNE")
			.param("year", "2026")
			.param("organiserAgency", "UBND xã")
			.param("criteria", "Kiến thức; 30");

		assertThat(result).hasStatus(409).hasViewName(ContestPages.FORM);
		assertThat(result).bodyText().contains("Người khác vừa lưu hội thi này", "Hội thi sửa lại");
	}

	@Test
	void anotherUnitsContestIs404OnThePageAndInTheApi() {
		assertThat(get("/contests/6")).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1/contests/6")
			.header("Accept", "application/json")
			.with(authentication(viewer(Role.COMMUNE_OFFICER)))).hasStatus(404);
	}

	@Test
	void htmxAsksForTheListOnly() {
		var result = this.mvc.get()
			.uri("/contests")
			.header("HX-Request", "true")
			.param("q", "bắc kạn")
			.with(authentication(viewer(Role.COMMUNE_OFFICER)));

		assertThat(result).hasStatusOk().hasViewName(ContestPages.LIST_TABLE);
		verify(this.dueDates, never()).schedule();
	}

	@Test
	void contestPageShowsTheFormsToItsOrganiser() {
		assertThat(get("/contests/5")).hasStatusOk()
			.hasViewName(ContestEntryPages.CONTEST)
			.bodyText()
			.contains("Hội thi hòa giải viên giỏi xã Nông Thượng", "Tổ hòa giải thôn Nà Pài", "add-team",
					"withdraw-reason", "/contests/5/participants/1/withdraw", "withdraw-participant-1");
	}

	@Test
	void withdrawnParticipantsAreListedApartWithTheirReason() {
		assertThat(get("/contests/5")).bodyText()
			.contains("Đã rút khỏi hội thi",
					"Lục Văn Sinh · Tổ hòa giải thôn Bản Chang — rút ngày 20/09/2026. Lý do: Ốm, không dự thi được")
			.doesNotContain("withdraw-participant-9");
	}

	@Test
	void aWithdrawalGoesBackToTheContestPage() {
		var result = post("/contests/5/participants/1/withdraw").param("version", "4")
			.param("reason", "Đội không đến dự thi")
			.exchange();

		assertThat(result).hasRedirectedUrl("/contests/5#participants");
		assertThat(result).flash().containsEntry("saved", true);
		verify(this.entries).withdrawParticipant(5, 4, 1, "Đội không đến dự thi");
	}

	@Test
	void aScoredParticipantIsRefusedWithTheMessageBesideItsForm() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("participant", "contest.participant.scored"),
				FieldProblem.of("participant", "contest.participant.prized"))))
			.given(this.entries)
			.withdrawParticipant(5, 4, 1, "Bỏ thi");

		var refused = post("/contests/5/participants/1/withdraw").param("version", "4")
			.param("reason", "Bỏ thi")
			.exchange();
		var shown = this.mvc.get()
			.uri("/contests/5")
			.header("Accept-Language", "vi")
			.with(authentication(viewer(Role.COMMUNE_OFFICER)))
			.flashAttrs(refused.getMvcResult().getFlashMap())
			.exchange();

		assertThat(refused).hasRedirectedUrl("/contests/5#participant-1");
		assertThat(refused).flash().containsEntry("withdrawing", 1L).containsEntry("withdrawReason", "Bỏ thi");
		assertThat(shown).bodyText()
			.contains("đã có điểm chấm: hãy xóa điểm của họ trên phiếu chấm của từng giám khảo rồi mới rút",
					"đã được trao giải: hãy bỏ giải trên trang kết quả rồi mới rút", "is-invalid",
					"withdraw-problems-1", "value=\"Bỏ thi\"");
	}

	@Test
	void aStaleWithdrawalAnswers409AndAnotherUnitsContest404() {
		willThrow(new StaleVersion("Contest", 5)).given(this.entries).withdrawParticipant(5, 3, 1, "Bỏ thi");
		willThrow(new RecordNotFound("Contest", 6)).given(this.entries).withdrawParticipant(6, 4, 1, "Bỏ thi");

		assertThat(post("/contests/5/participants/1/withdraw").param("version", "3").param("reason", "Bỏ thi"))
			.hasStatus(409);
		assertThat(post("/contests/6/participants/1/withdraw").param("version", "4").param("reason", "Bỏ thi"))
			.hasStatus(404);
	}

	@Test
	void aWordOnTheScoreSheetIsShownAgainWithTheMessageAndNothingIsSaved() {
		var result = post("/contests/5/scores").param("version", "4").param("judgeId", "7").param("p1c2", "tám");

		assertThat(result).hasStatusOk().hasViewName(ContestScorePages.SCORES);
		assertThat(result).bodyText().contains("Nhập điểm bằng số", "tám");
		verify(this.judging, never()).recordScores(anyLong(), anyLong(), anyLong(), any());
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(String uri) {
		return this.mvc.post()
			.uri(uri)
			.header("Accept-Language", "vi")
			.with(authentication(viewer(Role.COMMUNE_OFFICER)))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult get(String uri) {
		return this.mvc.get()
			.uri(uri)
			.header("Accept-Language", "vi")
			.with(authentication(viewer(Role.COMMUNE_OFFICER)))
			.exchange();
	}

	private static Authentication viewer(Role... roles) {
		Viewer viewer = new Viewer(7, "tester", UnitId.of(40), Set.of(roles));
		ViewerAware principal = () -> viewer;
		return new UsernamePasswordAuthenticationToken(principal, null,
				viewer.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList());
	}

}
