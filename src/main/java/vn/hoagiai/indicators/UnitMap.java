package vn.hoagiai.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hoagiai.organization.UnitView;

/**
 * The units of one report and where each record's unit is counted: the commune-level unit
 * above it on the boundary date, or, for a unit that had ended by then, the one above its
 * successor.
 */
final class UnitMap {

	private final List<UnitView> roots;

	private final Map<Long, UnitView> units = new LinkedHashMap<>();

	private final Map<Long, Long> communeOf = new HashMap<>();

	UnitMap(List<UnitView> roots, List<UnitView> units) {
		this.roots = List.copyOf(roots);
		units.forEach((u) -> this.units.putIfAbsent(u.id().value(), u));
		for (UnitView unit : this.units.values()) {
			Long commune = communeAbove(unit);
			if (commune != null) {
				this.communeOf.put(unit.id().value(), commune);
			}
		}
	}

	private Long communeAbove(UnitView unit) {
		UnitView current = unit;
		for (int depth = 0; current != null && depth < 10; depth++) {
			if (current.type().isCommuneLevel()) {
				return current.id().value();
			}
			if (current.type().level() < 3) {
				return null;
			}
			UnitView parent = (current.parentId() != null) ? this.units.get(current.parentId().value()) : null;
			if (parent == null) {
				// a village shown on its own: its records stay with it
				return current.id().value();
			}
			current = parent;
		}
		return null;
	}

	/**
	 * Counts the records of {@code recordUnit} (a unit that ended) where {@code target}'s
	 * go.
	 */
	void follow(long recordUnit, long target) {
		Long commune = this.communeOf.get(target);
		if (commune != null) {
			this.communeOf.putIfAbsent(recordUnit, commune);
		}
	}

	boolean contains(long unitId) {
		return this.units.containsKey(unitId);
	}

	List<UnitView> roots() {
		return this.roots;
	}

	UnitView unit(long id) {
		return this.units.get(id);
	}

	Collection<UnitView> units() {
		return this.units.values();
	}

	/** The commune-level unit whose figures hold this record unit's, or null. */
	Long communeOf(long recordUnit) {
		return this.communeOf.get(recordUnit);
	}

	/** Every unit whose records count here. */
	Collection<Long> recordUnits() {
		return this.communeOf.keySet();
	}

	List<UnitView> communes() {
		return this.units.values().stream().filter((u) -> u.type().isCommuneLevel()).toList();
	}

	/** The parent within this map, or null at a root. */
	Long parentOf(long id) {
		UnitView unit = this.units.get(id);
		if (unit == null || unit.parentId() == null || this.roots.stream().anyMatch((r) -> r.id().value() == id)) {
			return null;
		}
		return unit.parentId().value();
	}

	/** {@code id} and the units above it in this map. */
	List<Long> chain(long id) {
		List<Long> chain = new ArrayList<>();
		Long current = id;
		while (current != null && chain.size() < 10) {
			chain.add(current);
			current = parentOf(current);
		}
		return chain;
	}

	List<UnitView> childrenOf(long id) {
		return this.units.values()
			.stream()
			.filter((u) -> u.parentId() != null && u.parentId().value() == id && parentOf(u.id().value()) != null)
			.toList();
	}

}
