package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.shared.UnitId;

/**
 * A small map built through the real services: a province with a district holding two
 * communes (each with two villages), and a second province.
 */
class OrganizationFixtures {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private final UnitAdministration administration;

	OrganizationFixtures(UnitAdministration administration) {
		this.administration = administration;
	}

	record SmallProvince(UnitId province, UnitId district, UnitId communeA, UnitId communeB, List<UnitId> villagesA,
			List<UnitId> villagesB, UnitId otherProvince) {

	}

	SmallProvince provinceWithOneDistrictAndTwoCommunes() {
		UnitId province = unit(UnitType.PROVINCE, "Tỉnh Thử", null);
		UnitId district = unit(UnitType.DISTRICT, "Huyện Thử", province);
		UnitId communeA = unit(UnitType.COMMUNE, "Xã Một", district);
		UnitId communeB = unit(UnitType.COMMUNE, "Xã Hai", district);
		List<UnitId> villagesA = List.of(unit(UnitType.VILLAGE, "Thôn A1", communeA),
				unit(UnitType.VILLAGE, "Thôn A2", communeA));
		List<UnitId> villagesB = List.of(unit(UnitType.VILLAGE, "Thôn B1", communeB),
				unit(UnitType.VILLAGE, "Thôn B2", communeB));
		UnitId other = unit(UnitType.PROVINCE, "Tỉnh Khác", null);
		return new SmallProvince(province, district, communeA, communeB, villagesA, villagesB, other);
	}

	UnitId unit(UnitType type, String name, UnitId parent) {
		return this.administration.createUnit(new NewUnitCommand(type, name, null,
				(parent != null) ? parent.value() : null, FOUNDED, UnitFlags.none(), null));
	}

	long agency(UnitId unit, AgencyKind kind, String name) {
		return this.administration.createAgency(new NewAgencyCommand(unit.value(), kind, name, FOUNDED));
	}

	static ReorganisationBasis basis(LocalDate date) {
		return new ReorganisationBasis(date, "Nghị quyết 202/2025/QH15", null);
	}

}
