package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.ReorganisationPlan.AgencyHandover;
import vn.hoagiai.organization.ReorganisationPlan.Move;
import vn.hoagiai.organization.ReorganisationPlan.NewUnit;
import vn.hoagiai.organization.ReorganisationPlan.Rename;
import vn.hoagiai.organization.ReorganisationPlan.SuccessionStep;
import vn.hoagiai.organization.ReorganisationPlan.UnitRef;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Writes a checked plan: the reorganisation record, new units, parent links, names, ended
 * units and agencies, successions, and an audit row for each change. Runs inside the
 * caller's transaction.
 */
@Component
class PlanExecutor {

	private final UnitWrites units;

	private final ReorganisationRepository reorganisations;

	private final SuccessionRepository successions;

	private final AgencyRepository agencies;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PlanExecutor(UnitWrites units, ReorganisationRepository reorganisations, SuccessionRepository successions,
			AgencyRepository agencies, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.reorganisations = reorganisations;
		this.successions = successions;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	Reorganisation execute(ReorganisationPlan plan) {
		LocalDate date = plan.effectiveDate();
		String performer = CurrentViewer.find().map(Viewer::username).orElse("system");
		Reorganisation record = this.reorganisations.save(new Reorganisation(plan.kind(), date, plan.legalBasis(),
				plan.note(), truncate(plan.summary()), performer));
		List<Long> created = new ArrayList<>();
		for (NewUnit unit : plan.created()) {
			Long parent = (unit.parent() != null) ? id(unit.parent(), created) : null;
			Long id = this.units.create(unit.type(), unit.name(), unit.code(), parent, date).getId();
			created.add(id);
			touched(record, id, "CREATED");
		}
		for (Move move : plan.moves()) {
			Long unit = id(move.unit(), created);
			this.units.relink(unit, id(move.to(), created), date);
			touched(record, unit, "MOVED");
		}
		for (Rename rename : plan.renames()) {
			this.units.rename(rename.unit().id(), rename.to(), date);
			touched(record, rename.unit().id(), "RENAMED");
		}
		for (UnitRef ending : plan.ending()) {
			this.units.end(ending.id(), date);
			touched(record, ending.id(), "ENDED");
		}
		for (SuccessionStep step : plan.successions()) {
			Long successor = id(step.successor(), created);
			this.successions
				.save(new Succession(record.getId(), id(step.predecessor(), created), successor, date, step.primary()));
			touched(record, successor, "SUCCESSOR");
		}
		plan.agencies().forEach((handover) -> endAgency(handover, date));
		this.audit.created("Reorganisation", record.getId(), null,
				Changes.none()
					.note("kind", plan.kind().name())
					.note("effectiveDate", date.toString())
					.note("legalBasis", plan.legalBasis())
					.note("summary", plan.summary()));
		this.units.flush();
		return record;
	}

	private void endAgency(AgencyHandover handover, LocalDate date) {
		Agency agency = this.agencies.findById(handover.agencyId()).orElseThrow();
		agency.end(date, handover.successorId());
		this.audit.updated("Agency", agency.getId(), UnitId.of(agency.getUnitId()),
				Changes.of("validTo", null, date).field("successorId", null, handover.successorId()));
		if (handover.successorId() != null) {
			this.events.publishEvent(new AgencySucceeded(agency.getId(), handover.successorId(), date));
		}
	}

	private void touched(Reorganisation record, Long unit, String role) {
		this.jdbc.sql("insert into org_reorganisation_unit (reorganisation_id, unit_id, role) values (:r, :u, :role)")
			.param("r", record.getId())
			.param("u", unit)
			.param("role", role)
			.update();
	}

	private static Long id(UnitRef ref, List<Long> created) {
		return ref.isNew() ? created.get(ref.createdIndex()) : ref.id();
	}

	private static String truncate(String text) {
		return (text.length() > 3900) ? text.substring(0, 3899) + "…" : text;
	}

}
