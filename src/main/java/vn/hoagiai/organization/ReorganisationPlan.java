package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reorganisation will do, in plain data, computed without writing anything. Shown
 * to an administrator for confirmation and then applied exactly by
 * {@link Reorganiser#apply(ReorganisationPlan)}.
 *
 * @param created units that come into existence on the effective date
 * @param ending units that end on the effective date (it is their first day of
 * non-existence)
 * @param moves units that change parent on the effective date
 * @param renames units that change name on the effective date
 * @param successions which unit takes over the records of which
 * @param agencies agencies of ending units that end too, each with its successor agency
 * or none
 */
public record ReorganisationPlan(ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note,
		List<NewUnit> created, List<UnitRef> ending, List<Move> moves, List<Rename> renames,
		List<SuccessionStep> successions, List<AgencyHandover> agencies) {

	public ReorganisationPlan {
		created = List.copyOf(created);
		ending = List.copyOf(ending);
		moves = List.copyOf(moves);
		renames = List.copyOf(renames);
		successions = List.copyOf(successions);
		agencies = List.copyOf(agencies);
	}

	/** Agencies that end with no agency to take over their work. */
	public List<AgencyHandover> agenciesWithoutSuccessor() {
		return this.agencies.stream().filter((a) -> a.successorId() == null).toList();
	}

	/**
	 * A one-line account of the plan, kept with the reorganisation record: units created
	 * (+) and ended (−), successions (→), renames (⇒) and the moves (↦, counted when
	 * several).
	 */
	public String summary() {
		List<String> parts = new ArrayList<>();
		this.created.forEach((u) -> parts.add("+ " + u.name()));
		this.ending.forEach((u) -> parts.add("− " + u.name()));
		this.successions.forEach((s) -> parts.add(s.predecessor().name() + " → " + s.successor().name()));
		this.renames.forEach((r) -> parts.add(r.from() + " ⇒ " + r.to()));
		if (this.moves.size() == 1) {
			Move move = this.moves.get(0);
			parts.add(move.unit().name() + ": " + name(move.from()) + " ↦ " + name(move.to()));
		}
		else if (!this.moves.isEmpty()) {
			parts.add("↦ " + this.moves.size());
		}
		return String.join("; ", parts);
	}

	private static String name(UnitRef ref) {
		return (ref != null) ? ref.name() : "∅";
	}

	/**
	 * A unit in a plan: an existing one ({@code id}) or the {@code createdIndex}-th unit
	 * the plan creates.
	 */
	public record UnitRef(Long id, int createdIndex, String name) {

		public static UnitRef existing(long id, String name) {
			return new UnitRef(id, -1, name);
		}

		public static UnitRef created(int index, String name) {
			return new UnitRef(null, index, name);
		}

		public boolean isNew() {
			return this.id == null;
		}

	}

	/**
	 * A unit the plan creates, with its parent from the effective date (null: a root).
	 */
	public record NewUnit(UnitType type, String name, String code, UnitRef parent) {

	}

	/** {@code unit} leaves parent {@code from} (null: none) for {@code to}. */
	public record Move(UnitRef unit, UnitRef from, UnitRef to) {

	}

	public record Rename(UnitRef unit, String from, String to) {

	}

	/** {@code successor} takes over {@code predecessor}'s records. */
	public record SuccessionStep(UnitRef predecessor, UnitRef successor, boolean primary) {

	}

	/** An agency of an ending unit, and the agency that takes over its work (or none). */
	public record AgencyHandover(long agencyId, String agencyName, AgencyKind kind, UnitRef unit, Long successorId,
			String successorName) {

	}

}
