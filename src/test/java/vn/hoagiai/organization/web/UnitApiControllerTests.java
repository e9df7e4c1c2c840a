package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@WebMvcTest(UnitApiController.class)
class UnitApiControllerTests {

	private static final UnitView DUC_XUAN = new UnitView(UnitId.of(12), "01840", "Phường Đức Xuân", UnitType.WARD,
			UnitId.of(2), LocalDate.of(2015, 3, 11), null, new UnitFlags(false, false, false, true), null);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	UnitScope scope;

	@MockitoBean
	UnitDirectory directory;

	@Test
	void visibleUnitAnswersJson() {
		given(this.directory.find(eq(UnitId.of(12)), any())).willReturn(Optional.of(DUC_XUAN));

		assertThat(this.mvc.get()
			.uri("/api/v1/units/12")
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.name").isEqualTo("Phường Đức Xuân");
				json.assertThat().extractingPath("$.parentId").isEqualTo(2);
				json.assertThat().extractingPath("$.validFrom").isEqualTo("2015-03-11");
				json.assertThat().extractingPath("$.pilot").isEqualTo(true);
			});
	}

	@Test
	void unitOutsideScopeAnswersProblem404() {
		given(this.directory.find(eq(UnitId.of(99)), any())).willReturn(Optional.of(DUC_XUAN));
		willThrow(new RecordNotFound("Unit", 99)).given(this.scope).requireVisible(UnitId.of(99), "Unit", 99L);

		assertThat(this.mvc.get()
			.uri("/api/v1/units/99")
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void missingUnitAnswersProblem404() {
		given(this.directory.find(eq(UnitId.of(5)), any())).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/api/v1/units/5").with(authentication(TestViewer.signedIn(12, Role.ADMIN))))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void listAnswersTheVisibleUnitsAsOfTheDate() {
		VisibleUnits visible = VisibleUnits.only(List.of(12L));
		given(this.scope.visibleUnits()).willReturn(visible);
		given(this.directory.visible(visible, LocalDate.of(2025, 6, 30))).willReturn(List.of(DUC_XUAN));

		assertThat(this.mvc.get()
			.uri("/api/v1/units?asOf=2025-06-30")
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].code")
			.isEqualTo("01840");
	}

	@Test
	void badDateIsABadRequest() {
		assertThat(this.mvc.get()
			.uri("/api/v1/units?asOf=30-06-2025")
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
