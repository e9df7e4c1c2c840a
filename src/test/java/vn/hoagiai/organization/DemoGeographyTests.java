package vn.hoagiai.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

@OrganizationJpaTest
@Import({ DemoGeography.class, Deployment.class })
class DemoGeographyTests {

	private static final LocalDate BEFORE = DemoGeography.TWO_LEVEL_GOVERNMENT.minusDays(1);

	private static final LocalDate AFTER = DemoGeography.TWO_LEVEL_GOVERNMENT;

	@Autowired
	DemoGeography demo;

	@Autowired
	UnitDirectory directory;

	@Autowired
	UnitHistory history;

	@Autowired
	Reorganiser reorganiser;

	@Test
	void wardsSitUnderThaiNguyenFromJulyTwentyTwentyFive() {
		this.demo.load();
		UnitView thaiNguyen = this.directory.findByName("Tỉnh Thái Nguyên", AFTER).orElseThrow();
		UnitView ducXuan = this.directory.findByName("Phường Đức Xuân", AFTER).orElseThrow();

		assertThat(ducXuan.parentId()).isEqualTo(thaiNguyen.id());
		assertThat(this.directory.children(thaiNguyen.id(), AFTER)).hasSize(8);
		assertThat(this.directory.ancestry(ducXuan.id(), BEFORE)).extracting(UnitView::name)
			.containsExactly("Tỉnh Bắc Kạn", "Thành phố Bắc Kạn", "Phường Đức Xuân");
		assertThat(this.directory.findByName("Tỉnh Bắc Kạn", AFTER)).isEmpty();
		assertThat(this.directory.findByName("Xã Dương Quang", LocalDate.now())).isPresent();
		assertThat(this.reorganiser.history()).hasSize(2);
	}

	@Test
	void villagesCarryHouseholdsAndCommunesTheirFlags() {
		this.demo.load();
		UnitView duongQuang = this.directory.findByName("Xã Dương Quang", AFTER).orElseThrow();

		assertThat(duongQuang.flags().ethnicMinorityArea()).isTrue();
		assertThat(duongQuang.flags().advancedNewRural()).isTrue();
		assertThat(this.directory.children(duongQuang.id(), AFTER)).hasSizeBetween(6, 12)
			.allSatisfy((v) -> assertThat(v.households()).isBetween(60, 350));
	}

	@Test
	void provinceAgenciesHandOverToThaiNguyen() {
		this.demo.load();
		UnitId bacKan = this.directory.findByName("Tỉnh Bắc Kạn", BEFORE).orElseThrow().id();

		assertThat(this.history.agencies(bacKan)).extracting(UnitHistory.AgencyEntry::successorName)
			.containsExactlyInAnyOrder("Sở Tư pháp tỉnh Thái Nguyên", "Ủy ban MTTQ tỉnh Thái Nguyên");
	}

}
