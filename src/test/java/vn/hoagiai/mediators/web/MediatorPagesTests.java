package vn.hoagiai.mediators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.Election;
import vn.hoagiai.mediators.Ethnicities;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.MediatorStatus;
import vn.hoagiai.mediators.MediatorView;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(MediatorPages.class)
class MediatorPagesTests {

	private static final MediatorDetails SAVED = new MediatorDetails("Hoàng Thị Mai", Sex.FEMALE, 1975, "02", null,
			null, null, Background.OTHER, null, new Election(null, null, null, null), null, null, null, null);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MediatorService mediators;

	@MockitoBean
	TeamService teams;

	@MockitoBean
	Ethnicities ethnicities;

	@MockitoBean
	UnitDirectory units;

	@MockitoBean
	MediatorAccounts accounts;

	@BeforeEach
	void savedRecord() {
		given(this.mediators.view(5)).willReturn(new MediatorView(5, SAVED, "Tày", MediatorStatus.ACTIVE, null, null,
				null, 3L, "Tổ hòa giải Tổ dân phố 1", TeamRole.MEMBER, UnitId.of(40), 8, List.of(), true, null));
		given(this.teams.list(any(), any())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void staleEditShowsAConflictPageWithBothVersions() {
		willThrow(new StaleVersion("Mediator", 5)).given(this.mediators).update(eq(5L), eq(7L), any());

		var result = this.mvc.post()
			.uri("/mediators/5")
			.header("Accept-Language", "vi")
			.with(authentication(officer()))
			.with(csrf())
			.param("fullName", "Hoàng Thị Mại")
			.param("sex", "FEMALE")
			.param("birthYear", "1975")
			.param("ethnicityCode", "02")
			.param("background", "OTHER")
			.param("version", "7");

		assertThat(result).hasStatus(409).hasViewName(MediatorPages.DETAIL);
		assertThat(result).model().extractingByKey("conflict").satisfies((conflict) -> {
			VersionConflict differences = (VersionConflict) conflict;
			assertThat(differences.differences()).singleElement().satisfies((d) -> {
				assertThat(d.labelKey()).isEqualTo("mediator.fullName");
				assertThat(d.yours()).isEqualTo("Hoàng Thị Mại");
				assertThat(d.saved()).isEqualTo("Hoàng Thị Mai");
			});
		});
		assertThat(result).bodyText().contains("Người khác vừa lưu thay đổi", "Hoàng Thị Mại", "Hoàng Thị Mai");
	}

	@Test
	void invalidEditShowsFieldErrorsInVietnamese() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("birthYear", "mediator.birthYear.range", 1920, 2008))))
			.given(this.mediators)
			.update(anyLong(), anyLong(), any());

		var result = this.mvc.post()
			.uri("/mediators/5")
			.header("Accept-Language", "vi")
			.with(authentication(officer()))
			.with(csrf())
			.param("fullName", "Hoàng Thị Mai")
			.param("sex", "FEMALE")
			.param("birthYear", "1850")
			.param("background", "OTHER")
			.param("version", "8");

		assertThat(result).hasStatusOk().hasViewName(MediatorPages.DETAIL);
		assertThat(result).bodyText().contains("Năm sinh phải từ 1920 đến 2008");
	}

	private static Authentication officer() {
		Viewer viewer = new Viewer(7, "tuphap.ducxuan", UnitId.of(12), Set.of(Role.COMMUNE_OFFICER));
		ViewerAware principal = () -> viewer;
		return new UsernamePasswordAuthenticationToken(principal, null,
				List.of(new SimpleGrantedAuthority(Role.COMMUNE_OFFICER.authority())));
	}

}
