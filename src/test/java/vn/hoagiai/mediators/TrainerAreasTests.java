package vn.hoagiai.mediators;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

class TrainerAreasTests {

	@Test
	void abolishedDistrictIsReadOnItsLastDay() {
		UnitView city = unit(LocalDate.of(2015, 3, 11), LocalDate.of(2025, 7, 1));

		assertThat(TrainerAreas.lastDay(city)).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void existingUnitIsReadToday() {
		assertThat(TrainerAreas.lastDay(unit(LocalDate.of(1997, 1, 1), null))).isEqualTo(LocalDate.now());
	}

	@Test
	void plannedUnitIsReadToday() {
		assertThat(TrainerAreas.lastDay(unit(LocalDate.now().plusYears(1), null))).isEqualTo(LocalDate.now());
	}

	private static UnitView unit(LocalDate from, LocalDate to) {
		return new UnitView(UnitId.of(4), "058", "Thành phố Bắc Kạn", UnitType.CITY, UnitId.of(2), from, to,
				UnitFlags.none(), null);
	}

}
