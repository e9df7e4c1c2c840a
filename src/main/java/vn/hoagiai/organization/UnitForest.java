package vn.hoagiai.organization;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.hoagiai.shared.UnitId;

/**
 * Orders a flat list of units parents first, siblings by name. A unit whose parent is not
 * in the list counts as a root.
 */
final class UnitForest {

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name,
			Collator.getInstance(Locale.forLanguageTag("vi")));

	private UnitForest() {
	}

	static List<UnitView> depthFirst(List<UnitView> units) {
		Set<UnitId> present = new HashSet<>();
		units.forEach((u) -> present.add(u.id()));
		Map<UnitId, List<UnitView>> children = new HashMap<>();
		List<UnitView> roots = new ArrayList<>();
		for (UnitView unit : units) {
			if (unit.parentId() != null && present.contains(unit.parentId())) {
				children.computeIfAbsent(unit.parentId(), (k) -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		List<UnitView> ordered = new ArrayList<>(units.size());
		roots.sort(BY_NAME);
		roots.forEach((root) -> visit(root, children, ordered));
		return ordered;
	}

	private static void visit(UnitView unit, Map<UnitId, List<UnitView>> children, List<UnitView> into) {
		into.add(unit);
		List<UnitView> below = children.getOrDefault(unit.id(), new ArrayList<>());
		below.sort(BY_NAME);
		below.forEach((child) -> visit(child, children, into));
	}

}
