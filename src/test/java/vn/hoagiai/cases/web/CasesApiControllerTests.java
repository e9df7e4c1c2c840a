package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseFollowUps;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseIntake;
import vn.hoagiai.cases.CaseOutcomes;
import vn.hoagiai.cases.IntakeResult;
import vn.hoagiai.cases.CaseProgress;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.PartyDetails;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = CasesApiController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class CasesApiControllerTests {

	private static final String INTAKE = """
			{"teamId":5,"receivedOn":"2025-03-10","ground":"PARTY_REQUEST","fieldCode":"NEIGHBOUR",
			 "content":"Tranh chấp lối đi","parties":[
			 {"role":"PARTY","kind":"INDIVIDUAL","fullName":"Nguyễn Văn An"},
			 {"role":"PARTY","kind":"FAMILY","fullName":"Hộ ông Bình"}]}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	CaseProgress progress;

	@MockitoBean
	CaseIntake intake;

	@MockitoBean
	CaseOutcomes outcomes;

	@MockitoBean
	CaseFollowUps followUps;

	@Test
	void createBindsTheIntakeWithFlagsLeftOutAsFalseAndAnswers201() {
		given(this.intake.intake(anyLong(), any(), any(), any(), any())).willReturn(new IntakeResult(42L, false));

		assertThat(post("/api/v1/cases", INTAKE)).hasStatus(201).headers().hasValue("Location", "/api/v1/cases/42");
		verify(this.intake).intake(eq(5L), eq(new CaseDetails(
				LocalDate.of(2025, 3, 10), CaseGround.PARTY_REQUEST, "NEIGHBOUR", "Tranh chấp lối đi", false, false)),
				eq(null),
				eq(List.of(
						new PartyDetails(PartyRole.PARTY, PartyKind.INDIVIDUAL, "Nguyễn Văn An", null, null, null, null,
								false),
						new PartyDetails(PartyRole.PARTY, PartyKind.FAMILY, "Hộ ông Bình", null, null, null, null,
								false))),
				eq(null));
	}

	@Test
	void replayedCreateAnswersWithTheFirstCase() {
		given(this.intake.intake(anyLong(), any(), any(), any(), eq("k-1"))).willReturn(new IntakeResult(42L, true));

		assertThat(this.mvc.post()
			.uri("/api/v1/cases")
			.contentType("application/json")
			.accept("application/json")
			.header("Idempotency-Key", "k-1")
			.content(INTAKE)
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))
			.exchange()).hasStatus(201).headers().hasValue("Idempotent-Replayed", "true");
	}

	@Test
	void invalidIntakeIs422WithTheFields() {
		given(this.intake.intake(anyLong(), any(), any(), any(), any()))
			.willThrow(new InvalidInput(List.of(FieldProblem.of("parties", "case.parties.tooFew"))));

		assertThat(post("/api/v1/cases", INTAKE)).hasStatus(422).bodyText().contains("parties");
	}

	@Test
	void caseOfAnotherCommuneIs404() {
		given(this.cases.view(9L)).willThrow(new RecordNotFound("MediationCase", 9L));

		assertThat(this.mvc.get()
			.uri("/api/v1/cases/9")
			.accept("application/json")
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))).hasStatus(404);
	}

	@Test
	void staleAssignmentIs409() {
		willThrow(new StaleVersion("MediationCase", 9L)).given(this.progress)
			.assign(eq(9L), eq(3L), eq(7L), anyBoolean(), any(), anyBoolean());

		assertThat(post("/api/v1/cases/9/assignments", "{\"version\":3,\"mediatorId\":7}")).hasStatus(409);
		verify(this.progress).assign(9L, 3L, 7L, false, null, false);
	}

	@Test
	void writeWithoutVersionIs422() {
		assertThat(post("/api/v1/cases/9/sessions", "{\"heldOn\":\"2025-03-11\"}")).hasStatus(422)
			.bodyText()
			.contains("version");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.contentType("application/json")
			.accept("application/json")
			.content(json)
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))
			.exchange();
	}

}
