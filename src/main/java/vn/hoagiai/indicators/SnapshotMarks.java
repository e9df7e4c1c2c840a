package vn.hoagiai.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.UnitFiguresChanged;

/**
 * Marks the summaries of the communes whose figures a write changed, in the writer's
 * transaction (a plain, synchronous listener: the mark commits or rolls back with the
 * write). A unit is placed as the reports place it on today's map: a commune-level unit
 * is its own commune, a village counts in its parent commune, an ended unit where its
 * successors' records go. What cannot be placed that way (a district's flags, a unit not
 * yet in force) marks every commune.
 */
@Component
class SnapshotMarks {

	private static final int MAX_HOPS = 20;

	private final SnapshotStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	SnapshotMarks(SnapshotStore store, JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@EventListener
	void on(UnitFiguresChanged change) {
		if (change.isEmpty()) {
			return;
		}
		Set<Long> communes = change.anywhere() ? null : communes(change);
		this.store.mark((communes != null) ? communes : Set.of(SnapshotStore.ALL));
	}

	/** The communes to mark, or null for all of them. */
	Set<Long> communes(UnitFiguresChanged change) {
		Set<Long> units = new HashSet<>(change.unitIds());
		if (!change.mediatorIds().isEmpty()) {
			units.addAll(this.jdbc.sql("""
					select t.unit_id from med_membership ms join med_team t on t.id = ms.team_id
					where ms.mediator_id in (:ids)
					union select m.unit_id from med_mediator m where m.id in (:ids)
					""")
				.param("ids", change.mediatorIds())
				.query(Long.class)
				.list()
				.stream()
				.filter(java.util.Objects::nonNull)
				.toList());
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> communes = new HashSet<>();
		for (Long unit : units) {
			Set<Long> placed = place(unit, today, 0);
			if (placed == null) {
				return null;
			}
			communes.addAll(placed);
		}
		return communes;
	}

	private Set<Long> place(long unitId, LocalDate today, int depth) {
		Optional<Unit> found = unit(unitId);
		if (found.isEmpty() || depth > MAX_HOPS) {
			return null;
		}
		Unit unit = found.get();
		if (unit.validFrom().isAfter(today)) {
			return null;
		}
		if (unit.validTo() == null || unit.validTo().isAfter(today)) {
			return placeValid(unit, today);
		}
		// an ended unit: its records follow its own successor, or one of the units above
		// it
		Set<Long> placed = new HashSet<>();
		for (Long ended : endedChain(unit)) {
			Long successor = successor(ended, today);
			if (successor != null) {
				Set<Long> there = place(successor, today, depth + 1);
				if (there == null) {
					return null;
				}
				placed.addAll(there);
			}
		}
		return placed.isEmpty() ? null : placed;
	}

	private Set<Long> placeValid(Unit unit, LocalDate today) {
		if (unit.level() == 3) {
			return Set.of(unit.id());
		}
		if (unit.level() == 4) {
			Long parent = parent(unit.id(), today);
			Optional<Unit> commune = (parent != null) ? unit(parent) : Optional.empty();
			return commune.filter((c) -> c.level() == 3).map((c) -> Set.of(c.id())).orElse(null);
		}
		return null;
	}

	/** The unit and the units above it on its last day. */
	private List<Long> endedChain(Unit unit) {
		List<Long> chain = new ArrayList<>(List.of(unit.id()));
		LocalDate lastDay = unit.validTo().minusDays(1);
		Long current = unit.id();
		for (int i = 0; i < 4; i++) {
			current = parent(current, lastDay);
			if (current == null) {
				break;
			}
			chain.add(current);
		}
		return chain;
	}

	private Long successor(long unitId, LocalDate today) {
		Long successor = unitId;
		for (int hops = 0; hops < MAX_HOPS; hops++) {
			Optional<Long> next = this.jdbc
				.sql("select successor_id from org_succession where predecessor_id = :id and primary_successor = true "
						+ "and effective_date <= :t order by effective_date desc, id desc")
				.param("id", successor)
				.param("t", today)
				.query(Long.class)
				.stream()
				.findFirst();
			if (next.isEmpty()) {
				return (hops == 0) ? null : successor;
			}
			successor = next.get();
			Optional<Unit> unit = unit(successor);
			if (unit.isPresent() && (unit.get().validTo() == null || unit.get().validTo().isAfter(today))) {
				return successor;
			}
		}
		return null;
	}

	private Long parent(long unitId, LocalDate day) {
		return this.jdbc
			.sql("select parent_id from org_unit_parent where unit_id = :id and valid_from <= :d "
					+ "and (valid_to is null or valid_to > :d)")
			.param("id", unitId)
			.param("d", day)
			.query(Long.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private Optional<Unit> unit(long id) {
		return this.jdbc.sql("select id, type, valid_from, valid_to from org_unit where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				java.sql.Date to = rs.getDate(4);
				return new Unit(rs.getLong(1), vn.hoagiai.organization.UnitType.valueOf(rs.getString(2)).level(),
						rs.getDate(3).toLocalDate(), (to != null) ? to.toLocalDate() : null);
			})
			.optional();
	}

	private record Unit(long id, int level, LocalDate validFrom, LocalDate validTo) {
	}

}
