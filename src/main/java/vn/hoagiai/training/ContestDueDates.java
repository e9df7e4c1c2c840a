package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;

/**
 * When each unit of the viewer's scope must next hold or take part in a good-mediator
 * contest ({@link ContestSchedule}, task 7.2 of the plan).
 */
@Service
@Transactional(readOnly = true)
public class ContestDueDates {

	private final ContestQueries queries;

	private final UnitScope units;

	private final UnitDirectory directory;

	private final ContestSettings settings;

	private final TrainingSettings training;

	ContestDueDates(ContestQueries queries, UnitScope units, UnitDirectory directory, ContestSettings settings,
			TrainingSettings training) {
		this.queries = queries;
		this.units = units;
		this.directory = directory;
		this.settings = settings;
		this.training = training;
	}

	/** Each unit holds or takes part in a contest at least once in this many years. */
	public int intervalYears() {
		return this.settings.intervalYears();
	}

	/**
	 * For each province, district-level and commune-level unit of the viewer's scope that
	 * exists today: its last contest year and when the next is due, overdue first. A
	 * contest of a unit that no longer exists counts for the unit that carries its
	 * records.
	 */
	public List<ContestDue> schedule() {
		LocalDate today = LocalDate.now();
		VisibleUnits scope = this.units.visibleUnits();
		List<UnitView> visible = this.directory.visible(scope, today)
			.stream()
			.filter((u) -> !u.type().isVillageLevel())
			.toList();
		Map<Long, Integer> last = lastYears(visible, scope, today);
		int start = this.training.planFrom().getYear();
		List<ContestDue> rows = new ArrayList<>();
		for (UnitView unit : visible) {
			rows.add(ContestDue.of(unit.id().value(), unit.name(), ContestSchedule.of(last.get(unit.id().value()),
					start, this.settings.intervalYears(), today.getYear())));
		}
		return ContestSchedule.sorted(rows);
	}

	/**
	 * The last years, each counted for the visible unit that carries it today. Only a
	 * unit in the viewer's scope (which holds the predecessors of the visible units) can
	 * pass its year to one of them: the others of the country are skipped, not followed
	 * to their successors one query each.
	 */
	private Map<Long, Integer> lastYears(List<UnitView> visible, VisibleUnits scope, LocalDate today) {
		Set<Long> ids = new HashSet<>();
		visible.forEach((u) -> ids.add(u.id().value()));
		Map<Long, Integer> last = new HashMap<>();
		this.queries.lastYears().forEach((unit, year) -> {
			if (ids.contains(unit)) {
				last.merge(unit, year, Math::max);
			}
			else if (scope.contains(UnitId.of(unit))) {
				last.merge(this.directory.successorOn(UnitId.of(unit), today).value(), year, Math::max);
			}
		});
		return last;
	}

}
