package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.ReorganisationPlan.AgencyHandover;
import vn.hoagiai.organization.ReorganisationPlan.Move;
import vn.hoagiai.organization.ReorganisationPlan.Rename;
import vn.hoagiai.organization.ReorganisationPlan.UnitRef;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;

/**
 * Changes the administrative map: merge, split, rename, move, abolish a level. Each
 * operation is planned first ({@code plan...}, nothing written) and then applied
 * ({@link #apply(ReorganisationPlan)}), which writes the reorganisation record with its
 * legal basis, the successions, and an audit row per change, all in one transaction.
 * Nothing is ever deleted. Planning fails with a {@link BusinessRuleViolation} naming the
 * offending field.
 */
@Service
public class Reorganiser {

	private final ReorganisationPlanner planner;

	private final AdministrativeMap map;

	private final PlanExecutor executor;

	private final ReorganisationRepository reorganisations;

	private final SuccessionRepository successions;

	private final ApplicationEventPublisher events;

	Reorganiser(AdministrativeMap map, PlanExecutor executor, ReorganisationRepository reorganisations,
			SuccessionRepository successions, ApplicationEventPublisher events) {
		this.successions = successions;
		this.planner = new ReorganisationPlanner(map);
		this.map = map;
		this.executor = executor;
		this.reorganisations = reorganisations;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public ReorganisationPlan planMerge(MergeCommand command) {
		return this.planner.merge(command);
	}

	@Transactional(readOnly = true)
	public ReorganisationPlan planSplit(SplitCommand command) {
		return this.planner.split(command);
	}

	@Transactional(readOnly = true)
	public ReorganisationPlan planRename(RenameCommand command) {
		return this.planner.rename(command);
	}

	@Transactional(readOnly = true)
	public ReorganisationPlan planMove(MoveCommand command) {
		return this.planner.move(command);
	}

	@Transactional(readOnly = true)
	public ReorganisationPlan planAbolish(AbolishLevelCommand command) {
		return this.planner.abolish(command);
	}

	/**
	 * Applies {@code plan} exactly, after checking that the map has not changed since it
	 * was made (otherwise {@code org.error.planOutdated}). Publishes {@link UnitMerged}
	 * for a merge.
	 */
	@Transactional
	public ReorganisationView apply(ReorganisationPlan plan) {
		verify(plan);
		Reorganisation record = this.executor.execute(plan);
		this.events.publishEvent(UnitFiguresChanged.everywhere());
		if (plan.kind() == ReorganisationKind.MERGE && !plan.successions().isEmpty()) {
			List<Succession> steps = this.successions.findByReorganisationIdOrderById(record.getId());
			this.events.publishEvent(
					new UnitMerged(record.getId(), steps.stream().map((s) -> UnitId.of(s.getPredecessorId())).toList(),
							UnitId.of(steps.get(0).getSuccessorId()), plan.effectiveDate()));
		}
		return ReorganisationView.of(record);
	}

	/** Past reorganisations, latest first. */
	@Transactional(readOnly = true)
	public List<ReorganisationView> history() {
		return this.reorganisations.findAllByOrderByEffectiveDateDescIdDesc()
			.stream()
			.map(ReorganisationView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ReorganisationView> find(long id) {
		return this.reorganisations.findById(id).map(ReorganisationView::of);
	}

	private void verify(ReorganisationPlan plan) {
		LocalDate date = plan.effectiveDate();
		for (UnitRef ending : plan.ending()) {
			UnitView unit = current(ending, date);
			if (!unit.isValidOn(date) || !date.isAfter(unit.validFrom())) {
				throw outdated();
			}
		}
		for (Move move : plan.moves()) {
			UnitView unit = current(move.unit(), date);
			Long parent = (unit.parentId() != null) ? unit.parentId().value() : null;
			Long expected = (move.from() != null) ? move.from().id() : null;
			if (!Objects.equals(parent, expected)) {
				throw outdated();
			}
		}
		for (Rename rename : plan.renames()) {
			if (!current(rename.unit(), date).name().equals(rename.from())) {
				throw outdated();
			}
		}
		for (AgencyHandover handover : plan.agencies()) {
			if (this.map.agencies(handover.unit().id(), date)
				.stream()
				.noneMatch((a) -> a.id() == handover.agencyId())) {
				throw outdated();
			}
		}
	}

	private UnitView current(UnitRef ref, LocalDate date) {
		return this.map.unit(ref.id(), date).orElseThrow(Reorganiser::outdated);
	}

	private static BusinessRuleViolation outdated() {
		return new BusinessRuleViolation("org.error.planOutdated");
	}

}
