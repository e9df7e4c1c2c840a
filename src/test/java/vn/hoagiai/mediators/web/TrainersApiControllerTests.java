package vn.hoagiai.mediators.web;

import java.util.EnumSet;
import java.util.List;

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
import vn.hoagiai.mediators.TrainerFilter;
import vn.hoagiai.mediators.TrainerLevel;
import vn.hoagiai.mediators.TrainerRatio;
import vn.hoagiai.mediators.TrainerRow;
import vn.hoagiai.mediators.TrainerService;
import vn.hoagiai.mediators.UnitTrainerRatio;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@WebMvcTest(controllers = TrainersApiController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class TrainersApiControllerTests {

	private static final UnitId PROVINCE = UnitId.of(1);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TrainerService trainers;

	@Test
	void listPassesFiltersAndPages() {
		given(this.trainers.list(any(), any())).willReturn(
				new PageImpl<>(
						List.of(new TrainerRow(3, "Nguyễn Thị Hoa", PROVINCE, "Tỉnh Thái Nguyên", "Sở Tư pháp",
								TrainerBackground.JUDGE, TrainerLevel.PROVINCE, null, true)),
						PageRequest.of(1, 10), 11));

		assertThat(this.mvc.get()
			.uri("/api/v1/trainers?q=hoa&level=PROVINCE&active=true&page=1&size=10")
			.accept("application/json")
			.with(authentication(TestViewer.signedIn(1, Role.PARTNER)))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(11);
		verify(this.trainers).list(eq(new TrainerFilter(null, "hoa", TrainerLevel.PROVINCE, true)),
				eq(PageRequest.of(1, 10)));
	}

	@Test
	void ratioOfTheViewersUnitByDefaultWithTheGapInWords() {
		given(this.trainers.ratio(PROVINCE)).willReturn(new UnitTrainerRatio(PROVINCE, "Tỉnh Thái Nguyên",
				TrainerRatio.of(250, 1, 0, EnumSet.of(TrainerLevel.PROVINCE))));

		assertThat(this.mvc.get()
			.uri("/api/v1/trainers/ratio")
			.accept("application/json")
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(1, Role.TRAINER)))).hasStatusOk()
			.bodyText()
			.contains("\"unitId\":1", "\"teams\":250", "\"provinceTrainers\":1", "\"districtTrainers\":0",
					"\"provinceTarget\":3", "\"districtTarget\":0", "\"status\":\"SHORT\"",
					"Cần thêm 2 tập huấn viên cấp tỉnh");
	}

	@Test
	void unknownLevelIsABadRequestNotAFailure() {
		assertThat(this.mvc.get()
			.uri("/api/v1/trainers?level=VILLAGE")
			.accept("application/json")
			.with(authentication(TestViewer.signedIn(1, Role.PARTNER)))).hasStatus4xxClientError();
	}

	@Test
	void trainerOutsideTheScopeIs404() {
		given(this.trainers.view(9)).willThrow(new RecordNotFound("Trainer", 9L));

		assertThat(this.mvc.get()
			.uri("/api/v1/trainers/9")
			.accept("application/json")
			.with(authentication(TestViewer.signedIn(1, Role.PARTNER)))).hasStatus(404);
	}

}
