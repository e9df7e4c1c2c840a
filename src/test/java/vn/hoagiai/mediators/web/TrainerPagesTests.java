package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.mediators.TrainerBackground;
import vn.hoagiai.mediators.TrainerDetails;
import vn.hoagiai.mediators.TrainerFilter;
import vn.hoagiai.mediators.TrainerLevel;
import vn.hoagiai.mediators.TrainerRatio;
import vn.hoagiai.mediators.TrainerRow;
import vn.hoagiai.mediators.TrainerService;
import vn.hoagiai.mediators.TrainerUnit;
import vn.hoagiai.mediators.TrainerView;
import vn.hoagiai.mediators.UnitTrainerRatio;
import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
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

@WebMvcTest(controllers = TrainerPages.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class TrainerPagesTests {

	private static final UnitId PROVINCE_ID = UnitId.of(1);

	private static final UnitView PROVINCE = new UnitView(PROVINCE_ID, "19", "Tỉnh Thái Nguyên", UnitType.PROVINCE,
			null, LocalDate.of(1997, 1, 1), null, UnitFlags.none(), null);

	private static final AgencyView JUSTICE = new AgencyView(5, PROVINCE_ID, AgencyKind.JUSTICE_DEPARTMENT,
			"Sở Tư pháp tỉnh Thái Nguyên", LocalDate.of(1997, 1, 1), null, null);

	private static final TrainerDetails HOA = new TrainerDetails("Nguyễn Thị Hoa", 5L, null,
			TrainerBackground.JUSTICE_OFFICIAL, TrainerLevel.PROVINCE, "Luật Hòa giải ở cơ sở", true);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TrainerService trainers;

	@BeforeEach
	void provinceWithOneTrainer() {
		given(this.trainers.list(any(), any())).willReturn(new PageImpl<>(List
			.of(new TrainerRow(3, "Nguyễn Thị Hoa", PROVINCE_ID, "Tỉnh Thái Nguyên", "Sở Tư pháp tỉnh Thái Nguyên",
					TrainerBackground.JUSTICE_OFFICIAL, TrainerLevel.PROVINCE, "Luật Hòa giải ở cơ sở", true)),
				PageRequest.of(0, 30), 1));
		given(this.trainers.units()).willReturn(List.of(new TrainerUnit(PROVINCE, List.of(JUSTICE))));
		given(this.trainers.ratio(PROVINCE_ID)).willReturn(new UnitTrainerRatio(PROVINCE_ID, "Tỉnh Thái Nguyên",
				TrainerRatio.of(250, 1, 0, EnumSet.of(TrainerLevel.PROVINCE))));
		given(this.trainers.view(3))
			.willReturn(new TrainerView(3, PROVINCE_ID, "Tỉnh Thái Nguyên", HOA, "Sở Tư pháp tỉnh Thái Nguyên", 4));
	}

	@Test
	void listShowsTheRatioTilesAndTheGapInWords() {
		assertThat(this.mvc.get()
			.uri("/trainers")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasStatusOk()
			.hasViewName(TrainerPages.LIST)
			.bodyText()
			.contains("Nguyễn Thị Hoa", "Sở Tư pháp tỉnh Thái Nguyên", "250", "Chưa đạt chỉ tiêu",
					"Cần thêm 2 tập huấn viên cấp tỉnh", "input changed delay:400ms");
	}

	@Test
	void htmxSearchAnswersTheTableWithTheTilesOutOfBand() {
		assertThat(this.mvc.get()
			.uri("/trainers?q=hoa&level=PROVINCE&active=&unitId=1")
			.header("HX-Request", "true")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(1, Role.PARTNER)))).hasStatusOk()
			.hasViewName(TrainerPages.LIST_TABLE)
			.bodyText()
			.contains("Nguyễn Thị Hoa", "hx-swap-oob=\"innerHTML:#trainer-ratio\"", "Chưa đạt chỉ tiêu")
			.doesNotContain("<form");
		verify(this.trainers).list(eq(new TrainerFilter(PROVINCE_ID, "hoa", TrainerLevel.PROVINCE, null)), any());
		verify(this.trainers, never()).units();
	}

	@Test
	void fullPageHasNoOutOfBandCopyOfTheTiles() {
		assertThat(this.mvc.get().uri("/trainers").with(authentication(TestViewer.signedIn(1, Role.PARTNER))))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"trainer-ratio\"")
			.doesNotContain("hx-swap-oob");
		verify(this.trainers).list(eq(new TrainerFilter(null, null, null, true)), any());
	}

	@Test
	void readerSeesNoEditForm() {
		assertThat(this.mvc.get().uri("/trainers/3").with(authentication(TestViewer.signedIn(1, Role.TRAINER))))
			.hasStatusOk()
			.hasViewName(TrainerPages.DETAIL)
			.bodyText()
			.contains("Nguyễn Thị Hoa")
			.doesNotContain("name=\"version\"");
	}

	@Test
	void officerSeesEditFormWithVersionAndAgencies() {
		assertThat(
				this.mvc.get().uri("/trainers/3").with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER))))
			.hasStatusOk()
			.bodyText()
			.contains("name=\"version\"", "value=\"4\"", "<optgroup", "/trainers/3/deactivate");
	}

	@Test
	void trainerOfAnotherUnitAnswers404() {
		given(this.trainers.view(9)).willThrow(new RecordNotFound("Trainer", 9L));

		assertThat(this.mvc.get().uri("/trainers/9").with(authentication(TestViewer.signedIn(1, Role.PARTNER))))
			.hasStatus(404);
	}

	@Test
	void createRedirectsToTheNewTrainer() {
		given(this.trainers.create(eq(PROVINCE_ID), any())).willReturn(11L);

		assertThat(this.mvc.post()
			.uri("/trainers/new")
			.param("unitId", "1")
			.param("fullName", "Trần Văn Bình")
			.param("agencyId", "5")
			.param("background", "JUDGE")
			.param("level", "PROVINCE")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasRedirectedUrl("/trainers/11");
	}

	@Test
	void createWithProblemsShowsVietnameseFieldErrors() {
		given(this.trainers.create(eq(PROVINCE_ID), any())).willThrow(new InvalidInput(List
			.of(FieldProblem.of("fullName", "validation.required"), FieldProblem.of("unitId", "trainer.unit.level"))));

		assertThat(this.mvc.post()
			.uri("/trainers/new")
			.param("unitId", "1")
			.param("level", "PROVINCE")
			.header("Accept-Language", "vi")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasStatusOk()
			.hasViewName(TrainerPages.FORM)
			.bodyText()
			.contains("Không được để trống.", "Tập huấn viên phải thuộc đơn vị cấp tỉnh hoặc cấp huyện.");
	}

	@Test
	void createWithUnknownLevelIsAFormErrorNotAFailure() {
		assertThat(this.mvc.post()
			.uri("/trainers/new")
			.param("unitId", "1")
			.param("level", "VILLAGE")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasStatusOk()
			.hasViewName(TrainerPages.FORM);
		verify(this.trainers, never()).create(any(), any());
	}

	@Test
	void staleUpdateAnswers409() {
		willThrow(new StaleVersion("Trainer", 3L)).given(this.trainers).update(eq(3L), eq(2L), any());

		assertThat(this.mvc.post()
			.uri("/trainers/3")
			.param("version", "2")
			.param("fullName", "Nguyễn Thị Hoa")
			.param("background", "JUSTICE_OFFICIAL")
			.param("level", "PROVINCE")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasStatus(409);
	}

	@Test
	void deactivateSendsTheVersion() {
		assertThat(this.mvc.post()
			.uri("/trainers/3/deactivate")
			.param("version", "4")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.PROVINCE_OFFICER)))).hasRedirectedUrl("/trainers/3");
		verify(this.trainers).deactivate(3L, 4L);
		verify(this.trainers, never()).reactivate(anyLong(), anyLong());
	}

}
