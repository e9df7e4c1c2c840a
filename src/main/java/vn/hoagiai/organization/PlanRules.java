package vn.hoagiai.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.VietnameseText;

/**
 * The checks every reorganisation shares; each failure names the form field it concerns.
 */
final class PlanRules {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AdministrativeMap map;

	PlanRules(AdministrativeMap map) {
		this.map = map;
	}

	static LocalDate basis(ReorganisationBasis basis) {
		if (basis == null || basis.effectiveDate() == null) {
			throw BusinessRuleViolation.onField("effectiveDate", "org.error.dateRequired");
		}
		if (basis.legalBasis() == null || basis.legalBasis().isBlank()) {
			throw BusinessRuleViolation.onField("legalBasis", "org.error.legalBasisRequired");
		}
		return basis.effectiveDate();
	}

	/** The unit, which must exist on {@code date}. */
	UnitView valid(Long id, LocalDate date, String field) {
		if (id == null) {
			throw BusinessRuleViolation.onField(field, "org.error.unitRequired");
		}
		UnitView unit = this.map.unit(id, date)
			.orElseThrow(() -> BusinessRuleViolation.onField(field, "org.error.unitUnknown", id));
		if (!unit.isValidOn(date)) {
			throw BusinessRuleViolation.onField(field, "org.error.unitNotValidOn", unit.name(), DATE.format(date));
		}
		return unit;
	}

	/** The unit, which must exist on {@code date} and have existed before it. */
	UnitView endable(Long id, LocalDate date, String field) {
		UnitView unit = valid(id, date, field);
		if (!date.isAfter(unit.validFrom())) {
			throw BusinessRuleViolation.onField(field, "org.error.dateBeforeStart", unit.name(),
					DATE.format(unit.validFrom()));
		}
		return unit;
	}

	/** A unit of {@code type} may sit only under a unit of a higher level. */
	static void level(UnitType type, String name, UnitView parent, String field) {
		if (parent != null && type.level() <= parent.type().level()) {
			throw BusinessRuleViolation.onField(field, "org.error.levelMismatch", name, parent.name());
		}
	}

	static void sameLevel(UnitType type, String name, UnitView other, String field) {
		if (type.level() != other.type().level()) {
			throw BusinessRuleViolation.onField(field, "org.error.levelDiffers", name, other.name());
		}
	}

	static String name(String name, String field) {
		if (name == null || name.isBlank()) {
			throw BusinessRuleViolation.onField(field, "org.error.nameRequired");
		}
		return VietnameseText.clean(name);
	}

	boolean isBelow(long unit, long root, LocalDate date) {
		return this.map.subtree(root, date).stream().anyMatch((u) -> u.id().value() == unit);
	}

}
