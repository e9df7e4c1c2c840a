package vn.hoagiai.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.shared.UnitId;

/**
 * The history of one unit: names, parents, agencies, the reorganisations that touched it
 * and the units it took over from or passed to. Does not check the viewer's scope:
 * callers go through {@link UnitScope} first.
 */
@Service
@Transactional(readOnly = true)
public class UnitHistory {

	private final JdbcClient jdbc;

	UnitHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A name the unit bore from {@code validFrom} until the day before {@code validTo}.
	 */
	public record NameEntry(String name, LocalDate validFrom, LocalDate validTo) {

	}

	public record ParentEntry(UnitId parentId, String parentName, LocalDate validFrom, LocalDate validTo) {

	}

	/** An agency with the name of the agency that took over from it, if any. */
	public record AgencyEntry(AgencyView agency, String successorName) {

	}

	/** The unit on the other side of a succession. */
	public record SuccessionEntry(UnitId unitId, String name, LocalDate effectiveDate, boolean primary) {

	}

	public List<NameEntry> names(UnitId unit) {
		return this.jdbc
			.sql("select name, valid_from, valid_to from org_unit_name where unit_id = :id order by valid_from")
			.param("id", unit.value())
			.query((rs, n) -> new NameEntry(rs.getString(1), date(rs, 2), date(rs, 3)))
			.list();
	}

	public List<ParentEntry> parents(UnitId unit) {
		return this.jdbc.sql("""
				select p.parent_id, u.name, p.valid_from, p.valid_to from org_unit_parent p
				join org_unit u on u.id = p.parent_id where p.unit_id = :id order by p.valid_from, p.id""")
			.param("id", unit.value())
			.query((rs, n) -> new ParentEntry(UnitId.of(rs.getLong(1)), rs.getString(2), date(rs, 3), date(rs, 4)))
			.list();
	}

	/** Every agency of the unit, current and ended. */
	public List<AgencyEntry> agencies(UnitId unit) {
		return this.jdbc
			.sql("""
					select a.id, a.unit_id, a.kind, a.name, a.valid_from, a.valid_to, a.successor_id, s.name as successor_name
					from org_agency a left join org_agency s on s.id = a.successor_id
					where a.unit_id = :id order by a.valid_to desc, a.name""")
			.param("id", unit.value())
			.query((rs, n) -> new AgencyEntry(agency(rs), rs.getString("successor_name")))
			.list();
	}

	/** Agencies of any unit that exist on {@code date}, for choosing a successor. */
	public List<AgencyView> agenciesOn(LocalDate date) {
		return this.jdbc.sql("""
				select a.id, a.unit_id, a.kind, a.name, a.valid_from, a.valid_to, a.successor_id from org_agency a
				where a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d) order by a.name""")
			.param("d", date)
			.query((rs, n) -> agency(rs))
			.list();
	}

	/** The agencies with these ids, current or ended, by name. */
	public List<AgencyView> agenciesByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.unit_id, a.kind, a.name, a.valid_from, a.valid_to, a.successor_id from org_agency a
				where a.id in (:ids) order by a.name""")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> agency(rs))
			.list();
	}

	/** The reorganisations that created, ended, moved, renamed or enlarged the unit. */
	public List<ReorganisationView> reorganisations(UnitId unit) {
		return this.jdbc.sql("""
				select r.id, r.kind, r.effective_date, r.legal_basis, r.note, r.summary, r.performed_by, r.performed_at
				from org_reorganisation r where r.id in
				  (select x.reorganisation_id from org_reorganisation_unit x where x.unit_id = :id)
				order by r.effective_date desc, r.id desc""")
			.param("id", unit.value())
			.query((rs, n) -> new ReorganisationView(rs.getLong(1), ReorganisationKind.valueOf(rs.getString(2)),
					date(rs, 3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** Units whose records passed directly to {@code unit}. */
	public List<SuccessionEntry> predecessors(UnitId unit) {
		return successions("predecessor_id", "successor_id", unit);
	}

	/** Units that took over {@code unit}'s records directly. */
	public List<SuccessionEntry> successors(UnitId unit) {
		return successions("successor_id", "predecessor_id", unit);
	}

	private List<SuccessionEntry> successions(String other, String self, UnitId unit) {
		return this.jdbc
			.sql("select s." + other + ", u.name, s.effective_date, s.primary_successor "
					+ "from org_succession s join org_unit u on u.id = s." + other + " where s." + self
					+ " = :id order by s.effective_date, s.id")
			.param("id", unit.value())
			.query((rs, n) -> new SuccessionEntry(UnitId.of(rs.getLong(1)), rs.getString(2), date(rs, 3),
					rs.getBoolean(4)))
			.list();
	}

	private static AgencyView agency(ResultSet rs) throws SQLException {
		long successor = rs.getLong("successor_id");
		Long successorId = rs.wasNull() ? null : successor;
		return new AgencyView(rs.getLong("id"), UnitId.of(rs.getLong("unit_id")),
				AgencyKind.valueOf(rs.getString("kind")), rs.getString("name"), date(rs, "valid_from"),
				date(rs, "valid_to"), successorId);
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
