package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitUpdate;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

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

@WebMvcTest({ UnitPagesController.class, UnitAdminController.class })
@Import({ UnitPageModel.class, UnitPagesControllerTests.MethodSecurity.class })
class UnitPagesControllerTests {

	private static final LocalDate FOUNDED = LocalDate.of(2015, 3, 11);

	private static final UnitView PROVINCE = new UnitView(UnitId.of(1), "19", "Tỉnh Thái Nguyên", UnitType.PROVINCE,
			null, LocalDate.of(1997, 1, 1), null, UnitFlags.none(), null);

	private static final UnitView WARD = new UnitView(UnitId.of(12), "01840", "Phường Đức Xuân", UnitType.WARD,
			UnitId.of(1), FOUNDED, null, new UnitFlags(false, false, false, true), null);

	private static final UnitView GROUP = new UnitView(UnitId.of(40), null, "Tổ dân phố 1", UnitType.RESIDENTIAL_GROUP,
			UnitId.of(12), FOUNDED, null, UnitFlags.none(), 120);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	UnitScope scope;

	@MockitoBean
	UnitDirectory directory;

	@MockitoBean
	UnitHistory history;

	@MockitoBean
	UnitAdministration administration;

	@BeforeEach
	void map() {
		given(this.scope.visibleUnits()).willReturn(VisibleUnits.everything());
		given(this.directory.visible(any(), any())).willReturn(List.of(PROVINCE, WARD, GROUP));
		given(this.directory.find(eq(WARD.id()), any())).willReturn(Optional.of(WARD));
		given(this.directory.find(WARD.id())).willReturn(Optional.of(WARD));
		given(this.directory.ancestry(eq(WARD.id()), any())).willReturn(List.of(PROVINCE, WARD));
		given(this.directory.children(eq(WARD.id()), any())).willReturn(List.of(GROUP));
		given(this.administration.version(WARD.id())).willReturn(3L);
	}

	@Test
	void treeNestsUnitsWithHouseholdsAndFlags() {
		assertThat(this.mvc.get()
			.uri("/units")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatusOk()
			.hasViewName(UnitPagesController.TREE)
			.bodyText()
			.contains("<details", "Phường Đức Xuân", "Tổ dân phố 1", "120 hộ", "Thí điểm");
	}

	@Test
	void treeWithBadDateWarnsAndShowsToday() {
		assertThat(this.mvc.get()
			.uri("/units?asOf=31/02/2025")
			.header("Accept-Language", "vi")
			.header("HX-Request", "true")
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatusOk()
			.hasViewName(UnitPagesController.TREE_FRAGMENT)
			.bodyText()
			.contains("Ngày không hợp lệ");
	}

	@Test
	void unitPageShowsBreadcrumbChildrenAndEditFormForAdmin() {
		assertThat(this.mvc.get().uri("/units/12").with(authentication(TestViewer.signedIn(1, Role.ADMIN))))
			.hasStatusOk()
			.hasViewName(UnitPagesController.UNIT)
			.bodyText()
			.contains("Tỉnh Thái Nguyên", "Tổ dân phố 1", "name=\"version\"", "value=\"3\"");
	}

	@Test
	void officerSeesNoEditForm() {
		assertThat(this.mvc.get().uri("/units/12").with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("name=\"version\"");
	}

	@Test
	void unitOutsideScopeIs404() {
		willThrow(new RecordNotFound("Unit", 99)).given(this.scope).requireUnit(UnitId.of(99));

		assertThat(this.mvc.get().uri("/units/99").with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER))))
			.hasStatus(404);
	}

	@Test
	void negativeHouseholdsIsAFieldError() {
		assertThat(this.mvc.post()
			.uri("/units/12")
			.param("version", "3")
			.param("households", "-5")
			.header("Accept-Language", "vi")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("Số hộ phải là số nguyên không âm.");
		verify(this.administration, never()).updateUnit(any(), anyLong(), any());
	}

	@Test
	void editSavesAndRedirects() {
		assertThat(this.mvc.post()
			.uri("/units/12")
			.param("version", "3")
			.param("households", "140")
			.param("pilot", "true")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/units/12?saved");
		verify(this.administration).updateUnit(WARD.id(), 3,
				new UnitUpdate(null, new UnitFlags(false, false, false, true), 140));
	}

	@Test
	void staleEditIsAConflict() {
		willThrow(new StaleVersion("Unit", 12)).given(this.administration).updateUnit(any(), anyLong(), any());

		assertThat(this.mvc.post()
			.uri("/units/12")
			.param("version", "2")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatus(409);
	}

	@Test
	void officerCannotEdit() {
		assertThat(this.mvc.post()
			.uri("/units/12")
			.param("version", "3")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(12, Role.COMMUNE_OFFICER)))).hasStatus(403);
	}

	@Test
	void newUnitWithoutNameIsAFieldErrorOnTheTreePage() {
		assertThat(this.mvc.post()
			.uri("/units")
			.param("type", "VILLAGE")
			.param("parentId", "12")
			.param("validFrom", "2025-07-01")
			.header("Accept-Language", "vi")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatusOk()
			.hasViewName(UnitPagesController.TREE)
			.bodyText()
			.contains("Vui lòng nhập tên đơn vị.");
		verify(this.administration, never()).createUnit(any());
	}

	@Test
	void newUnitIsCreatedAndShown() {
		given(this.administration.createUnit(any())).willReturn(UnitId.of(77));

		assertThat(this.mvc.post()
			.uri("/units")
			.param("type", "VILLAGE")
			.param("name", "Thôn Mới")
			.param("parentId", "12")
			.param("validFrom", "2025-07-01")
			.param("households", "90")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasRedirectedUrl("/units/77?saved");
	}

	@Test
	void agencyWithBadDateIsAFieldError() {
		assertThat(this.mvc.post()
			.uri("/units/12/agencies")
			.param("kind", "POLICE")
			.param("name", "Công an phường")
			.param("validFrom", "hôm qua")
			.header("Accept-Language", "vi")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.ADMIN)))).hasStatusOk()
			.hasViewName(UnitPagesController.UNIT)
			.bodyText()
			.contains("Vui lòng nhập ngày hiệu lực hợp lệ.");
	}

	@TestConfiguration
	@EnableMethodSecurity
	static class MethodSecurity {

	}

}
