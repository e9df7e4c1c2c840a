package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Builds the {@link UnitMap} of a report. On today's boundaries the unit's subtree today,
 * with every ended unit's records following its successors. On historical boundaries the
 * units as they were on the boundary date: the unit itself if it existed then, and the
 * units whose records later passed to it (a province merged into it shows as it was).
 */
@Component
class UnitMaps {

	private final UnitDirectory directory;

	private final UnitTrees trees;

	private final JdbcClient jdbc;

	UnitMaps(UnitDirectory directory, UnitTrees trees, JdbcClient jdbc) {
		this.directory = directory;
		this.trees = trees;
		this.jdbc = jdbc;
	}

	/** The whole country: every unit without a parent on the boundary date. */
	UnitMap country(LocalDate boundary) {
		return country(boundary, false);
	}

	/**
	 * As {@link #country(LocalDate)}; with {@code communesOnly} without the villages and
	 * the ended units' records, for a report whose communes' figures are known already.
	 */
	UnitMap country(LocalDate boundary, boolean communesOnly) {
		List<UnitView> units = this.trees.country(boundary, communesOnly);
		List<UnitView> roots = units.stream().filter((u) -> u.parentId() == null).toList();
		UnitMap map = new UnitMap(roots, units);
		if (!communesOnly) {
			followSuccessions(map, boundary);
		}
		return map;
	}

	UnitMap build(UnitId root, LocalDate boundary, Boundaries boundaries) {
		return build(root, boundary, boundaries, false);
	}

	/**
	 * As {@link #build(UnitId, LocalDate, Boundaries)}, down to the communes only if
	 * asked.
	 */
	UnitMap build(UnitId root, LocalDate boundary, Boundaries boundaries, boolean communesOnly) {
		List<UnitView> roots = new ArrayList<>();
		Optional<UnitView> self = this.directory.find(root, boundary).filter((u) -> u.isValidOn(boundary));
		self.ifPresent(roots::add);
		if (boundaries == Boundaries.HISTORICAL) {
			for (Long id : this.directory.predecessorIds(root)) {
				this.directory.find(UnitId.of(id), boundary)
					.filter((u) -> u.isValidOn(boundary))
					.filter((u) -> roots.stream().noneMatch((r) -> r.id().equals(u.id())))
					.ifPresent(roots::add);
			}
		}
		if (roots.isEmpty()) {
			throw new RecordNotFound("Unit", root);
		}
		Map<UnitView, List<UnitView>> subtrees = new java.util.LinkedHashMap<>();
		for (UnitView r : roots) {
			subtrees.put(r, this.trees.below(r, boundary, communesOnly));
		}
		// a predecessor that lay below another one (a district inside a merged province)
		// is shown inside it, not beside it
		roots.removeIf((r) -> subtrees.entrySet()
			.stream()
			.anyMatch((t) -> !t.getKey().id().equals(r.id())
					&& t.getValue().stream().anyMatch((u) -> u.id().equals(r.id()))));
		List<UnitView> units = new ArrayList<>();
		roots.forEach((r) -> units.addAll(subtrees.get(r)));
		UnitMap map = new UnitMap(roots, units);
		if (!communesOnly) {
			followSuccessions(map, boundary);
		}
		return map;
	}

	/**
	 * Records of units that ended on or before the boundary date go where their primary
	 * successor's go, and so do the records of the units below them then.
	 */
	private void followSuccessions(UnitMap map, LocalDate boundary) {
		Map<Long, Succession> next = new HashMap<>();
		this.jdbc
			.sql("select predecessor_id, successor_id, effective_date from org_succession "
					+ "where primary_successor = true and effective_date <= :b order by effective_date, id")
			.param("b", boundary)
			.query((rs, n) -> next.put(rs.getLong(1), new Succession(rs.getLong(2), rs.getDate(3).toLocalDate())))
			.list();
		for (Map.Entry<Long, Succession> step : next.entrySet()) {
			long predecessor = step.getKey();
			if (map.contains(predecessor)) {
				continue;
			}
			Long target = step.getValue().successor();
			for (int hops = 0; target != null && !map.contains(target) && hops < 20; hops++) {
				Succession further = next.get(target);
				target = (further != null) ? further.successor() : null;
			}
			if (target == null || map.communeOf(target) == null) {
				continue;
			}
			map.follow(predecessor, target);
			LocalDate lastDay = step.getValue().effective().minusDays(1);
			for (Long below : this.directory.subtreeIds(UnitId.of(predecessor), lastDay)) {
				map.follow(below, target);
			}
		}
	}

	private record Succession(long successor, LocalDate effective) {
	}

}
