package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = FeeRatePages.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class FeeRatePagesTests {

	private static final UnitId THAI_NGUYEN = UnitId.of(1);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	FeeRates rates;

	@BeforeEach
	void oneDemoRate() {
		given(this.rates.provinces()).willReturn(List.of(new UnitView(THAI_NGUYEN, "19", "Tỉnh Thái Nguyên",
				UnitType.PROVINCE, null, LocalDate.of(1997, 1, 1), null, UnitFlags.none(), null)));
		given(this.rates.list()).willReturn(List.of(new FeeRates.RateView(4, THAI_NGUYEN, "Tỉnh Thái Nguyên",
				new RateDetails(200_000, 150_000, 200_000, "Nghị quyết HĐND tỉnh", LocalDate.of(2014, 4, 25), null),
				0)));
	}

	@Test
	void listsTheRatesOfTheProvince() {
		assertThat(this.mvc.get()
			.uri("/fees/rates")
			.header("Accept-Language", "vi")
			.with(authentication(signedIn(Role.PROVINCE_OFFICER)))).hasStatusOk()
			.bodyText()
			.contains("Tỉnh Thái Nguyên", "200.000", "150.000", "Nghị quyết HĐND tỉnh", "25/04/2014");
	}

	@Test
	void rateAboveTheCeilingIsShownBesideItsField() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("successful", "fee.rate.aboveCeiling")))).given(this.rates)
			.create(any(), any());

		assertThat(this.mvc.post()
			.uri("/fees/rates")
			.param("provinceId", "1")
			.param("successful", "250000")
			.param("unsuccessful", "150000")
			.param("ceiling", "200000")
			.param("legalBasis", "NQ")
			.param("validFrom", "2026-01-01")
			.with(csrf())
			.header("Accept-Language", "vi")
			.with(authentication(signedIn(Role.PROVINCE_OFFICER)))).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Số tiền không được vượt mức tối đa");
	}

	@Test
	void amountThatIsNotANumberIsAFieldErrorNotACrash() {
		assertThat(this.mvc.post()
			.uri("/fees/rates")
			.param("provinceId", "1")
			.param("successful", "hai trăm")
			.with(csrf())
			.header("Accept-Language", "vi")
			.with(authentication(signedIn(Role.PROVINCE_OFFICER)))).hasStatusOk()
			.bodyText()
			.contains("Nhập số tiền bằng số");
	}

	private static Authentication signedIn(Role role) {
		Viewer viewer = new Viewer(7, "tester", THAI_NGUYEN, Set.of(role));
		return new UsernamePasswordAuthenticationToken((ViewerAware) () -> viewer, null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
