package vn.hoagiai.shared;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Records that count in some units' figures were written: published synchronously inside
 * the writer's transaction by every module whose records the indicators count (teams,
 * mediators and memberships, cases, attendance, use of the material set, units and their
 * flags), so that a listener's work commits or rolls back with the write.
 *
 * @param unitIds the units the written records belong to (a team's or case's unit, any
 * level); the listener finds the commune-level units above or below them
 * @param mediatorIds mediators whose records changed: their figures count in every unit
 * whose teams they have been members of
 * @param anywhere whether the change may touch any unit (a reorganisation, a bulk load)
 */
public record UnitFiguresChanged(Set<Long> unitIds, Set<Long> mediatorIds, boolean anywhere) {

	public UnitFiguresChanged {
		unitIds = Set.copyOf(unitIds);
		mediatorIds = Set.copyOf(mediatorIds);
	}

	/** Records of these units changed; nulls are left out. */
	public static UnitFiguresChanged units(UnitId... units) {
		return units(java.util.Arrays.asList(units));
	}

	public static UnitFiguresChanged units(Collection<UnitId> units) {
		return new UnitFiguresChanged(ids(units), Set.of(), false);
	}

	/** Records of these mediators changed (attendance, use of the material set). */
	public static UnitFiguresChanged mediators(Collection<Long> mediatorIds) {
		return new UnitFiguresChanged(Set.of(),
				mediatorIds.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet()),
				false);
	}

	/** Records of the mediator and of these units changed. */
	public static UnitFiguresChanged mediatorIn(long mediatorId, UnitId... units) {
		return new UnitFiguresChanged(ids(java.util.Arrays.asList(units)), Set.of(mediatorId), false);
	}

	/** Anything may have changed. */
	public static UnitFiguresChanged everywhere() {
		return new UnitFiguresChanged(Set.of(), Set.of(), true);
	}

	public boolean isEmpty() {
		return !this.anywhere && this.unitIds.isEmpty() && this.mediatorIds.isEmpty();
	}

	private static Set<Long> ids(Collection<UnitId> units) {
		return units.stream()
			.filter(Objects::nonNull)
			.map(UnitId::value)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
