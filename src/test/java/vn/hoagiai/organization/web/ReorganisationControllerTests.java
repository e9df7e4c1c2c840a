package vn.hoagiai.organization.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.MergeCommand;
import vn.hoagiai.organization.ReorganisationKind;
import vn.hoagiai.organization.ReorganisationPlan;
import vn.hoagiai.organization.ReorganisationPlan.AgencyHandover;
import vn.hoagiai.organization.ReorganisationPlan.Move;
import vn.hoagiai.organization.ReorganisationPlan.SuccessionStep;
import vn.hoagiai.organization.ReorganisationPlan.UnitRef;
import vn.hoagiai.organization.ReorganisationView;
import vn.hoagiai.organization.Reorganiser;
import vn.hoagiai.organization.SplitCommand;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(ReorganisationController.class)
@Import(ReorganisationControllerTests.MethodSecurity.class)
class ReorganisationControllerTests {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private static final UnitRef BAC_KAN = UnitRef.existing(1, "Tỉnh Bắc Kạn");

	private static final UnitRef THAI_NGUYEN = UnitRef.existing(2, "Tỉnh Thái Nguyên");

	private static final ReorganisationPlan MERGE = new ReorganisationPlan(ReorganisationKind.MERGE, REFORM,
			"Nghị quyết 202/2025/QH15", null, List.of(), List.of(BAC_KAN),
			List.of(new Move(UnitRef.existing(12, "Phường Đức Xuân"), BAC_KAN, THAI_NGUYEN)), List.of(),
			List.of(new SuccessionStep(BAC_KAN, THAI_NGUYEN, true)),
			List.of(new AgencyHandover(5, "Sở Tư pháp tỉnh Bắc Kạn", AgencyKind.JUSTICE_DEPARTMENT, BAC_KAN, 6L,
					"Sở Tư pháp tỉnh Thái Nguyên"),
					new AgencyHandover(7, "Hội đồng phối hợp", AgencyKind.OTHER, BAC_KAN, null, null)));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Reorganiser reorganiser;

	@MockitoBean
	UnitDirectory directory;

	@BeforeEach
	void units() {
		given(this.directory.visible(any(), any())).willReturn(List.of(
				new UnitView(UnitId.of(1), "06", "Tỉnh Bắc Kạn", UnitType.PROVINCE, null, LocalDate.of(1997, 1, 1),
						null, UnitFlags.none(), null),
				new UnitView(UnitId.of(2), "19", "Tỉnh Thái Nguyên", UnitType.PROVINCE, null, LocalDate.of(1997, 1, 1),
						null, UnitFlags.none(), null)));
		given(this.directory.children(any(), any())).willReturn(List.of(new UnitView(UnitId.of(30), null, "Thôn Nà Pài",
				UnitType.VILLAGE, UnitId.of(3), LocalDate.of(2015, 3, 11), null, UnitFlags.none(), 120)));
	}

	@Test
	void everyFormRenders() {
		for (String kind : List.of("merge", "split", "rename", "move", "abolish")) {
			assertThat(this.mvc.get().uri("/admin/reorganisations/" + kind).with(admin())).hasStatusOk()
				.hasViewName(ReorganisationController.FORM);
		}
	}

	@Test
	void unknownFormIs404() {
		assertThat(this.mvc.get().uri("/admin/reorganisations/explode").with(admin())).hasStatus(404);
	}

	@Test
	void previewShowsThePlanInTheEditorFragment() {
		given(this.reorganiser.planMerge(any())).willReturn(MERGE);

		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/merge/preview")
			.header("HX-Request", "true")
			.header("Accept-Language", "vi")
			.param("effectiveDate", "2025-07-01")
			.param("legalBasis", "Nghị quyết 202/2025/QH15")
			.param("sourceIds", "1")
			.param("targetId", "2")
			.with(csrf())
			.with(admin())).hasStatusOk()
			.hasViewName(ReorganisationController.EDITOR_FRAGMENT)
			.bodyText()
			.contains("Phường Đức Xuân: Tỉnh Bắc Kạn → Tỉnh Thái Nguyên", "→ Sở Tư pháp tỉnh Thái Nguyên",
					"chưa có cơ quan kế thừa", "/admin/reorganisations/merge/apply", "name=\"sourceIds\"");
		verify(this.reorganiser, never()).apply(any());
	}

	@Test
	void missingLegalBasisIsAFieldErrorInVietnamese() {
		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/merge/preview")
			.header("Accept-Language", "vi")
			.param("effectiveDate", "2025-07-01")
			.param("sourceIds", "1")
			.with(csrf())
			.with(admin())).hasStatusOk()
			.hasViewName(ReorganisationController.FORM)
			.bodyText()
			.contains("Vui lòng nhập căn cứ pháp lý");
	}

	@Test
	void ruleViolationLandsOnItsField() {
		given(this.reorganiser.planMerge(any()))
			.willThrow(BusinessRuleViolation.onField("targetId", "org.error.targetAmongSources"));

		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/merge/preview")
			.header("Accept-Language", "vi")
			.param("effectiveDate", "2025-07-01")
			.param("legalBasis", "NQ 1")
			.param("sourceIds", "1")
			.param("targetId", "1")
			.with(csrf())
			.with(admin())).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Đơn vị nhận sáp nhập không được nằm trong danh sách");
	}

	@Test
	void badDateIsAFieldError() {
		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/rename/preview")
			.header("Accept-Language", "vi")
			.param("effectiveDate", "01/07/2025x")
			.param("legalBasis", "NQ 1")
			.with(csrf())
			.with(admin())).hasStatusOk().bodyText().contains("Vui lòng nhập ngày hiệu lực hợp lệ.");
	}

	@Test
	void applyRecordsAndRedirects() {
		given(this.reorganiser.planMerge(any())).willReturn(MERGE);
		given(this.reorganiser.apply(MERGE)).willReturn(new ReorganisationView(42, ReorganisationKind.MERGE, REFORM,
				"Nghị quyết 202/2025/QH15", null, MERGE.summary(), "admin", Instant.now()));

		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/merge/apply")
			.param("effectiveDate", "2025-07-01")
			.param("legalBasis", "Nghị quyết 202/2025/QH15")
			.param("sourceIds", "1")
			.param("targetId", "2")
			.with(csrf())
			.with(admin())).hasStatus3xxRedirection().hasRedirectedUrl("/admin/reorganisations/42?applied");
		verify(this.reorganiser).planMerge(new MergeCommand(List.of(1L), 2L, null,
				new vn.hoagiai.organization.ReorganisationBasis(REFORM, "Nghị quyết 202/2025/QH15", null)));
	}

	@Test
	void splitBindsChildAssignmentsFromOne() {
		given(this.reorganiser.planSplit(any()))
			.willThrow(BusinessRuleViolation.onField("assignments[30]", "org.error.splitUnassigned", "Thôn Nà Pài"));

		assertThat(this.mvc.post()
			.uri("/admin/reorganisations/split/preview")
			.header("Accept-Language", "vi")
			.param("effectiveDate", "2025-07-01")
			.param("legalBasis", "NQ 1")
			.param("sourceId", "3")
			.param("partNames", "Xã Bắc\nXã Nam")
			.param("assignments[30]", "2")
			.with(csrf())
			.with(admin())).hasStatusOk().bodyText().contains("Chưa chọn đơn vị mới cho Thôn Nà Pài.");
		ArgumentCaptor<SplitCommand> command = ArgumentCaptor.forClass(SplitCommand.class);
		verify(this.reorganiser).planSplit(command.capture());
		assertThat(command.getValue().assignments()).isEqualTo(Map.of(30L, 1));
		assertThat(command.getValue().parts()).hasSize(2);
	}

	@Test
	void historyListsPastReorganisations() {
		given(this.reorganiser.history()).willReturn(List.of(new ReorganisationView(42, ReorganisationKind.MERGE,
				REFORM, "Nghị quyết 202/2025/QH15", null, MERGE.summary(), "system", Instant.now())));

		assertThat(this.mvc.get().uri("/admin/reorganisations").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Nghị quyết 202/2025/QH15");
	}

	@Test
	void choosingTheSplitSourceListsItsChildren() {
		assertThat(this.mvc.get()
			.uri("/admin/reorganisations/split/children?sourceId=3&effectiveDate=2025-07-01")
			.header("HX-Request", "true")
			.with(admin())).hasStatusOk()
			.hasViewName(ReorganisationController.CHILDREN_FRAGMENT)
			.bodyText()
			.contains("Thôn Nà Pài", "name=\"assignments[30]\"");
	}

	@Test
	void recordPageShowsTheAppliedReorganisation() {
		given(this.reorganiser.find(42))
			.willReturn(java.util.Optional.of(new ReorganisationView(42, ReorganisationKind.MERGE, REFORM,
					"Nghị quyết 202/2025/QH15", "Ghi chú", MERGE.summary(), "admin", Instant.now())));

		assertThat(this.mvc.get().uri("/admin/reorganisations/42?applied").with(admin())).hasStatusOk()
			.hasViewName(ReorganisationController.RECORD)
			.bodyText()
			.contains("Tỉnh Bắc Kạn → Tỉnh Thái Nguyên");
		assertThat(this.mvc.get().uri("/admin/reorganisations/43").with(admin())).hasStatus(404);
	}

	@Test
	void officerIsForbidden() {
		assertThat(this.mvc.get()
			.uri("/admin/reorganisations")
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatus(403);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return authentication(TestViewer.signedIn(1, Role.ADMIN));
	}

	@TestConfiguration
	@EnableMethodSecurity
	static class MethodSecurity {

	}

}
