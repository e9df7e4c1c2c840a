package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.hoagiai.shared.UnitId;

/**
 * A fixed map without history, for testing the planning rules without a database.
 */
class InMemoryMap implements AdministrativeMap {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	private final List<UnitView> units = new ArrayList<>();

	private final List<AgencyView> agencies = new ArrayList<>();

	UnitView add(long id, UnitType type, String name, Long parent) {
		UnitView unit = new UnitView(UnitId.of(id), null, name, type, (parent != null) ? UnitId.of(parent) : null,
				FOUNDED, null, UnitFlags.none(), null);
		this.units.add(unit);
		return unit;
	}

	void agency(long id, long unit, AgencyKind kind, String name) {
		this.agencies.add(new AgencyView(id, UnitId.of(unit), kind, name, FOUNDED, null, null));
	}

	@Override
	public Optional<UnitView> unit(long id, LocalDate date) {
		return this.units.stream().filter((u) -> u.id().value() == id).findFirst();
	}

	@Override
	public List<UnitView> children(long parent, LocalDate date) {
		return this.units.stream().filter((u) -> u.parentId() != null && u.parentId().value() == parent).toList();
	}

	@Override
	public List<UnitView> subtree(long root, LocalDate date) {
		List<UnitView> result = new ArrayList<>();
		unit(root, date).ifPresent((u) -> collect(u, date, result));
		return result;
	}

	private void collect(UnitView unit, LocalDate date, List<UnitView> into) {
		into.add(unit);
		children(unit.id().value(), date).forEach((c) -> collect(c, date, into));
	}

	@Override
	public List<AgencyView> agencies(long unit, LocalDate date) {
		return this.agencies.stream().filter((a) -> a.unitId().value() == unit).toList();
	}

}
