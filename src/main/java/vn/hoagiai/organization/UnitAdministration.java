package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;

/**
 * Administrative writes outside reorganisations: creating units and agencies, correcting
 * a unit's code, flags and household count (with an optimistic version check), naming an
 * agency's successor. Every write is audited. Callers check the ADMIN role.
 */
@Service
@Transactional
public class UnitAdministration {

	private final UnitWrites units;

	private final AgencyRepository agencies;

	private final PlanRules rules;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	UnitAdministration(UnitWrites units, AgencyRepository agencies, AdministrativeMap map, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.agencies = agencies;
		this.rules = new PlanRules(map);
		this.audit = audit;
	}

	/** The version a user must send back with {@link #updateUnit}. */
	@Transactional(readOnly = true)
	public long version(UnitId id) {
		return this.units.require(id.value()).getVersion();
	}

	public UnitId createUnit(NewUnitCommand command) {
		if (command.type() == null) {
			throw BusinessRuleViolation.onField("type", "org.error.typeRequired");
		}
		if (command.validFrom() == null) {
			throw BusinessRuleViolation.onField("validFrom", "org.error.dateRequired");
		}
		String name = PlanRules.name(command.name(), "name");
		checkHouseholds(command.households());
		if (command.parentId() != null) {
			UnitView parent = this.rules.valid(command.parentId(), command.validFrom(), "parentId");
			PlanRules.level(command.type(), name, parent, "parentId");
		}
		UnitFlags flags = (command.flags() != null) ? command.flags() : UnitFlags.none();
		UnitId created = UnitId.of(
				this.units
					.create(command.type(), name, command.code(), command.parentId(), command.validFrom(), flags,
							command.households())
					.getId());
		// a new unit changes the map the figures are placed on
		this.events.publishEvent(UnitFiguresChanged.everywhere());
		return created;
	}

	/**
	 * Corrects code, flags and households; {@code version} is the one the user saw, and a
	 * newer one in the database throws {@link StaleVersion}.
	 */
	public void updateUnit(UnitId id, long version, UnitUpdate update) {
		AdministrativeUnit unit = this.units.require(id.value());
		if (unit.getVersion() != version) {
			throw new StaleVersion("Unit", id);
		}
		checkHouseholds(update.households());
		UnitFlags flags = (update.flags() != null) ? update.flags() : UnitFlags.none();
		Changes changes = Changes.of("code", unit.getCode(), blankToNull(update.code()))
			.field("flags", unit.getFlags(), flags)
			.field("households", unit.getHouseholds(), update.households());
		unit.update(blankToNull(update.code()), flags, update.households());
		this.audit.updated("Unit", id, id, changes);
		this.units.flush();
		this.events.publishEvent(UnitFiguresChanged.units(id));
	}

	public long createAgency(NewAgencyCommand command) {
		if (command.kind() == null) {
			throw BusinessRuleViolation.onField("kind", "org.error.kindRequired");
		}
		if (command.validFrom() == null) {
			throw BusinessRuleViolation.onField("validFrom", "org.error.dateRequired");
		}
		String name = PlanRules.name(command.name(), "name");
		this.rules.valid(command.unitId(), command.validFrom(), "unitId");
		Agency agency = this.agencies.save(new Agency(command.unitId(), command.kind(), name, command.validFrom()));
		this.audit.created("Agency", agency.getId(), UnitId.of(command.unitId()),
				Changes.none()
					.note("kind", command.kind().name())
					.note("name", name)
					.note("validFrom", command.validFrom().toString()));
		return agency.getId();
	}

	/**
	 * Names the agency that took over {@code agencyId}'s work; null clears it. Publishes
	 * {@link AgencySucceeded} (effective when the agency ended, else today).
	 */
	public void setAgencySuccessor(long agencyId, Long successorId) {
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("Agency", agencyId));
		if (successorId != null) {
			if (successorId == agencyId) {
				throw BusinessRuleViolation.onField("successorId", "org.error.agencySelf");
			}
			if (!this.agencies.existsById(successorId)) {
				throw BusinessRuleViolation.onField("successorId", "org.error.agencyUnknown", successorId);
			}
		}
		Long before = agency.getSuccessorId();
		if (!Objects.equals(before, successorId)) {
			agency.succeededBy(successorId);
			this.audit.updated("Agency", agencyId, UnitId.of(agency.getUnitId()),
					Changes.of("successorId", before, successorId));
			this.agencies.flush();
			if (successorId != null) {
				LocalDate effective = (agency.getValidTo() != null) ? agency.getValidTo() : LocalDate.now();
				this.events.publishEvent(new AgencySucceeded(agencyId, successorId, effective));
			}
		}
	}

	private static void checkHouseholds(Integer households) {
		if (households != null && households < 0) {
			throw BusinessRuleViolation.onField("households", "org.error.householdsNegative");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
