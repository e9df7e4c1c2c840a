package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * The audited writes on units, their names and parent links. Nothing is deleted: a name
 * or a link is closed on the day it stops and a new one opened; only a row that starts on
 * that very day is corrected in place.
 */
@Component
class UnitWrites {

	private final AdministrativeUnitRepository units;

	private final UnitParentLinkRepository links;

	private final UnitNameRepository names;

	private final AuditTrail audit;

	UnitWrites(AdministrativeUnitRepository units, UnitParentLinkRepository links, UnitNameRepository names,
			AuditTrail audit) {
		this.units = units;
		this.links = links;
		this.names = names;
		this.audit = audit;
	}

	AdministrativeUnit create(UnitType type, String name, String code, Long parent, LocalDate validFrom) {
		return create(type, name, code, parent, validFrom, UnitFlags.none(), null);
	}

	AdministrativeUnit create(UnitType type, String name, String code, Long parent, LocalDate validFrom,
			UnitFlags flags, Integer households) {
		AdministrativeUnit unit = new AdministrativeUnit(type, name, code, validFrom);
		unit.update(unit.getCode(), flags, households);
		unit = this.units.save(unit);
		this.names.save(new UnitName(unit.getId(), unit.getName(), validFrom));
		if (parent != null) {
			this.links.save(new UnitParentLink(unit.getId(), parent, validFrom));
		}
		this.audit.created("Unit", unit.getId(), UnitId.of(unit.getId()),
				Changes.none()
					.note("type", type.name())
					.note("name", unit.getName())
					.note("code", unit.getCode())
					.note("parentId", String.valueOf(parent))
					.note("validFrom", validFrom.toString())
					.note("flags", flags.toString())
					.note("households", String.valueOf(households)));
		return unit;
	}

	void relink(Long unit, Long parent, LocalDate date) {
		List<UnitParentLink> current = this.links.findParentOn(unit, date);
		Long before = current.isEmpty() ? null : current.get(0).getParentId();
		boolean corrected = false;
		for (UnitParentLink link : current) {
			if (link.getValidFrom().isBefore(date)) {
				link.end(date);
			}
			else {
				link.repoint(parent);
				corrected = true;
			}
		}
		if (!corrected) {
			this.links.save(new UnitParentLink(unit, parent, date));
		}
		this.audit.updated("Unit", unit, UnitId.of(unit),
				Changes.of("parentId", before, parent).note("from", date.toString()));
	}

	void rename(Long id, String name, LocalDate date) {
		AdministrativeUnit unit = require(id);
		String before = unit.getName();
		List<UnitName> current = this.names.findOn(id, date);
		if (current.isEmpty() && this.names.findByUnitIdOrderByValidFrom(id).isEmpty()) {
			UnitName first = this.names.save(new UnitName(id, before, unit.getValidFrom()));
			current = List.of(first);
		}
		boolean corrected = false;
		for (UnitName row : current) {
			if (row.getValidFrom().isBefore(date)) {
				row.end(date);
			}
			else {
				row.correct(name);
				corrected = true;
			}
		}
		if (!corrected) {
			this.names.save(new UnitName(id, name, date));
		}
		unit.rename(name);
		this.audit.updated("Unit", id, UnitId.of(id), Changes.of("name", before, name).note("from", date.toString()));
	}

	void end(Long id, LocalDate date) {
		AdministrativeUnit unit = require(id);
		unit.end(date);
		for (UnitParentLink link : this.links.findParentOn(id, date)) {
			if (link.getValidFrom().isBefore(date)) {
				link.end(date);
			}
		}
		this.audit.updated("Unit", id, UnitId.of(id), Changes.of("validTo", null, date));
	}

	AdministrativeUnit require(Long id) {
		return this.units.findById(id).orElseThrow(() -> new RecordNotFound("Unit", id));
	}

	void flush() {
		this.units.flush();
	}

}
