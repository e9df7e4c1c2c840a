package vn.hoagiai.organization;

import java.util.Collection;
import java.util.Set;

import vn.hoagiai.shared.UnitId;

/**
 * The units a viewer may see: everything (a national administrator) or a fixed set of
 * unit ids, their subtree today plus the units whose records passed to it.
 */
public record VisibleUnits(boolean all, Set<Long> ids) {

	public VisibleUnits {
		ids = Set.copyOf(ids);
	}

	public static VisibleUnits everything() {
		return new VisibleUnits(true, Set.of());
	}

	public static VisibleUnits only(Collection<Long> ids) {
		return new VisibleUnits(false, Set.copyOf(ids));
	}

	public boolean contains(UnitId unit) {
		return this.all || this.ids.contains(unit.value());
	}

}
