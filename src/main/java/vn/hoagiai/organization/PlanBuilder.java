package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.organization.ReorganisationPlan.AgencyHandover;
import vn.hoagiai.organization.ReorganisationPlan.Move;
import vn.hoagiai.organization.ReorganisationPlan.NewUnit;
import vn.hoagiai.organization.ReorganisationPlan.Rename;
import vn.hoagiai.organization.ReorganisationPlan.SuccessionStep;
import vn.hoagiai.organization.ReorganisationPlan.UnitRef;

/**
 * Collects the steps of one plan.
 */
final class PlanBuilder {

	private final ReorganisationKind kind;

	private final ReorganisationBasis basis;

	private final List<NewUnit> created = new ArrayList<>();

	private final List<UnitRef> ending = new ArrayList<>();

	private final List<Move> moves = new ArrayList<>();

	private final List<Rename> renames = new ArrayList<>();

	private final List<SuccessionStep> successions = new ArrayList<>();

	private final List<AgencyHandover> agencies = new ArrayList<>();

	PlanBuilder(ReorganisationKind kind, ReorganisationBasis basis) {
		this.kind = kind;
		this.basis = basis;
	}

	static UnitRef ref(UnitView unit) {
		return (unit != null) ? UnitRef.existing(unit.id().value(), unit.name()) : null;
	}

	UnitRef create(NewUnit unit) {
		this.created.add(unit);
		return UnitRef.created(this.created.size() - 1, unit.name());
	}

	void move(UnitView unit, UnitRef from, UnitRef to) {
		this.moves.add(new Move(ref(unit), from, to));
	}

	void rename(UnitView unit, String to) {
		this.renames.add(new Rename(ref(unit), unit.name(), to));
	}

	/**
	 * {@code unit} ends; {@code successor} takes over its records and, kind by kind, its
	 * agencies' work.
	 */
	void end(UnitView unit, UnitRef successor, boolean primary, AdministrativeMap map, LocalDate date) {
		this.ending.add(ref(unit));
		this.successions.add(new SuccessionStep(ref(unit), successor, primary));
		List<AgencyView> successors = (successor == null || successor.isNew()) ? List.of()
				: map.agencies(successor.id(), date);
		for (AgencyView agency : map.agencies(unit.id().value(), date)) {
			AgencyView next = successors.stream().filter((s) -> s.kind() == agency.kind()).findFirst().orElse(null);
			this.agencies.add(new AgencyHandover(agency.id(), agency.name(), agency.kind(), ref(unit),
					(next != null) ? next.id() : null, (next != null) ? next.name() : null));
		}
	}

	void succession(UnitView predecessor, UnitRef successor, boolean primary) {
		this.successions.add(new SuccessionStep(ref(predecessor), successor, primary));
	}

	ReorganisationPlan build() {
		return new ReorganisationPlan(this.kind, this.basis.effectiveDate(), this.basis.legalBasis().strip(),
				(this.basis.note() != null && !this.basis.note().isBlank()) ? this.basis.note().strip() : null,
				this.created, this.ending, this.moves, this.renames, this.successions, this.agencies);
	}

}
