package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * Loads a {@link PlanData} file: each plan under its parent, its tasks with the agencies
 * resolved on the plan's start date. Fails loudly on a unit or agency it cannot find,
 * since a plan with a missing lead agency would be wrong. Runs in the caller's
 * transaction.
 */
@Component
class PlanFileLoader {

	private final PlanWriter writer;

	private final UnitDirectory units;

	private final Agencies agencies;

	PlanFileLoader(PlanWriter writer, UnitDirectory units, Agencies agencies) {
		this.writer = writer;
		this.units = units;
		this.agencies = agencies;
	}

	/** Loads every plan of the file; returns the plans by their key in the file. */
	Map<String, Plan> load(PlanData data) {
		Map<String, Plan> byKey = new HashMap<>();
		for (PlanData.PlanEntry entry : data.plans()) {
			LocalDate on = (entry.issuedOn() != null) ? entry.issuedOn() : LocalDate.of(entry.fromYear(), 1, 1);
			UnitView unit = (entry.unit() != null) ? unit(entry.unit(), on) : null;
			Long parent = (entry.parent() != null) ? byKey.get(entry.parent()).getId() : null;
			Resolver resolver = new Resolver(unit, on);
			List<PlanResponsibility> duties = new ArrayList<>();
			for (PlanData.ResponsibilityEntry r : list(entry.responsibilities())) {
				Long agency = (r.agency() != null) ? resolver.resolve(r.agency()).get(0) : null;
				duties.add(new PlanResponsibility(agency, r.party(), r.duties()));
			}
			Plan plan = this.writer.create((unit != null) ? unit.id() : null, parent, entry.details(),
					list(entry.phases()), list(entry.targets()), duties);
			for (PlanData.TaskEntry task : list(entry.tasks())) {
				this.writer.addTask(plan, task.details(), resolver.all(task.lead()), resolver.all(task.coordinating()),
						null);
			}
			byKey.put(entry.key(), plan);
		}
		return byKey;
	}

	UnitView unit(String name, LocalDate on) {
		return this.units.findByName(name, on)
			.orElseThrow(() -> new IllegalStateException("Plan file names unit \"" + name + "\", not found on " + on));
	}

	private static <T> List<T> list(List<T> items) {
		return (items != null) ? items : List.of();
	}

	/** Agencies by kind at the plan's unit, or the People's Committees below it. */
	final class Resolver {

		private final UnitView unit;

		private final LocalDate on;

		Resolver(UnitView unit, LocalDate on) {
			this.unit = unit;
			this.on = on;
		}

		List<Long> all(List<String> tokens) {
			List<Long> ids = new ArrayList<>();
			list(tokens).forEach((t) -> ids.addAll(resolve(t)));
			return ids;
		}

		List<Long> resolve(String token) {
			if (this.unit == null) {
				throw new IllegalStateException("A national plan cannot name agency " + token);
			}
			if (PlanData.COMMITTEES_BELOW.equals(token)) {
				List<Long> ids = new ArrayList<>();
				for (UnitView child : PlanFileLoader.this.units.children(this.unit.id(), this.on)) {
					ofKind(child.id(), AgencyKind.PEOPLES_COMMITTEE).forEach((a) -> ids.add(a.id()));
				}
				return ids;
			}
			List<AgencyView> found = ofKind(this.unit.id(), AgencyKind.valueOf(token));
			if (found.isEmpty()) {
				throw new IllegalStateException("No agency " + token + " at " + this.unit.name() + " on " + this.on);
			}
			return List.of(found.get(0).id());
		}

		private List<AgencyView> ofKind(UnitId unit, AgencyKind kind) {
			return PlanFileLoader.this.agencies.allOf(unit)
				.stream()
				.filter((a) -> a.kind() == kind && !a.validFrom().isAfter(this.on)
						&& (a.validTo() == null || a.validTo().isAfter(this.on)))
				.toList();
		}

	}

}
