package vn.hoagiai.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * Reads the administrative map as of any date. Does not check the viewer's scope: callers
 * that answer a user go through {@link UnitScope} first.
 * <p>
 * Not transactional of its own: each read is one or two statements, which join a caller's
 * transaction and otherwise run on their own (a transaction of the JPA transaction
 * manager around a single SELECT opens and closes a Hibernate session, which cost more
 * than the SELECT on every page).
 */
@Service
public class UnitDirectory {

	private static final String ACTIVE = " %1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d) ";

	private static final String COLUMNS = "select u.id, u.code, coalesce(n.name, u.name) as name, u.type, p.parent_id, "
			+ "u.valid_from, u.valid_to, u.ethnic_minority_area, u.difficult_area, u.advanced_new_rural, u.pilot, "
			+ "u.households from org_unit u ";

	private static final String NAME_JOIN = "left join org_unit_name n on n.unit_id = u.id and" + ACTIVE.formatted("n");

	private static final String JOINS = NAME_JOIN + "left join org_unit_parent p on p.unit_id = u.id and"
			+ ACTIVE.formatted("p");

	private static final String SELECT = COLUMNS + JOINS;

	private static final String SUBTREE = """
			with recursive sub(id) as (
			  select u.id from org_unit u where u.id = :root and u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d)
			  union all
			  select p.unit_id from org_unit_parent p join sub on p.parent_id = sub.id
			  where p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
			)
			""";

	private final JdbcClient jdbc;

	UnitDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unit with its name and parent as of {@code date}, whether or not it exists
	 * then.
	 */
	public Optional<UnitView> find(UnitId id, LocalDate date) {
		return this.jdbc.sql(SELECT + " where u.id = :id")
			.param("d", date)
			.param("id", id.value())
			.query(UnitDirectory::map)
			.optional();
	}

	public Optional<UnitView> find(UnitId id) {
		return find(id, LocalDate.now());
	}

	/** The unit's name today, if the unit is known. */
	public Optional<String> name(UnitId id) {
		return this.jdbc.sql("select coalesce(n.name, u.name) from org_unit u " + NAME_JOIN + "where u.id = :id")
			.param("d", LocalDate.now())
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	/**
	 * The unit called exactly {@code name} on {@code date} that exists then; the oldest
	 * when several share the name.
	 */
	public Optional<UnitView> findByName(String name, LocalDate date) {
		return this.jdbc
			.sql(SELECT + " where coalesce(n.name, u.name) = :name and" + ACTIVE.formatted("u") + "order by u.id")
			.param("d", date)
			.param("name", name)
			.query(UnitDirectory::map)
			.list()
			.stream()
			.findFirst();
	}

	/** Units directly below {@code parent} on {@code date}, by name. */
	public List<UnitView> children(UnitId parent, LocalDate date) {
		return this.jdbc.sql(SELECT + " where p.parent_id = :parent and" + ACTIVE.formatted("u") + "order by name")
			.param("d", date)
			.param("parent", parent.value())
			.query(UnitDirectory::map)
			.list();
	}

	/** Units with no parent on {@code date} that exist then (provinces, usually). */
	public List<UnitView> roots(LocalDate date) {
		return this.jdbc.sql(SELECT + " where p.parent_id is null and" + ACTIVE.formatted("u") + "order by name")
			.param("d", date)
			.query(UnitDirectory::map)
			.list();
	}

	/**
	 * {@code root} and every unit below it on {@code date}, parents before children,
	 * siblings by name. The ids first, then their rows: joined in one statement, the
	 * planners cannot tell how few rows the recursion yields and read every unit of the
	 * country (84 ms against under 1 ms on PostgreSQL with the national map).
	 */
	public List<UnitView> subtree(UnitId root, LocalDate date) {
		return visible(VisibleUnits.only(subtreeIds(root, date)), date);
	}

	/**
	 * The units that exist on {@code date} among {@code visible}, with their names and
	 * parents of that date, parents before children; one query.
	 */
	public List<UnitView> visible(VisibleUnits visible, LocalDate date) {
		if (!visible.all() && visible.ids().isEmpty()) {
			return List.of();
		}
		String filter = visible.all() ? "" : " and u.id in (:ids)";
		JdbcClient.StatementSpec query = this.jdbc.sql(SELECT + "where" + ACTIVE.formatted("u") + filter)
			.param("d", date);
		if (!visible.all()) {
			query = query.param("ids", List.copyOf(visible.ids()));
		}
		return UnitForest.depthFirst(query.query(UnitDirectory::map).list());
	}

	/** Ids of {@code root} and every unit below it on {@code date}, in one query. */
	public List<Long> subtreeIds(UnitId root, LocalDate date) {
		return this.jdbc.sql(SUBTREE + "select id from sub")
			.param("root", root.value())
			.param("d", date)
			.query(Long.class)
			.list();
	}

	/**
	 * The ids of {@code root}'s subtree as it was on {@code date}, with the units whose
	 * records passed into any of them (predecessors and their last day): one walk of the
	 * tree for both.
	 */
	public Subtree subtreeWithPredecessors(UnitId root, LocalDate date) {
		Set<Long> ids = new LinkedHashSet<>();
		List<Predecessor> predecessors = new ArrayList<>();
		this.jdbc
			.sql(SUBTREE + "select sub.id, s.predecessor_id, s.effective_date from sub "
					+ "left join org_succession s on s.successor_id = sub.id")
			.param("root", root.value())
			.param("d", date)
			.query((RowCallbackHandler) (rs) -> {
				ids.add(rs.getLong(1));
				long predecessor = rs.getLong(2);
				if (!rs.wasNull()) {
					predecessors
						.add(new Predecessor(UnitId.of(predecessor), rs.getObject(3, LocalDate.class).minusDays(1)));
				}
			});
		return new Subtree(ids, predecessors);
	}

	/** A subtree's unit ids and the predecessors of its units. */
	public record Subtree(Set<Long> ids, List<Predecessor> predecessors) {
	}

	/** A unit whose records passed to a successor, and the last day it existed. */
	public record Predecessor(UnitId unit, LocalDate lastDay) {
	}

	/** The chain from the root down to {@code unit} on {@code date} (for breadcrumbs). */
	public List<UnitView> ancestry(UnitId unit, LocalDate date) {
		List<UnitView> chain = new ArrayList<>();
		Optional<UnitView> current = find(unit, date);
		while (current.isPresent() && chain.size() < 10) {
			chain.add(0, current.get());
			current = Optional.ofNullable(current.get().parentId()).flatMap((p) -> find(p, date));
		}
		return chain;
	}

	/**
	 * The unit that carries {@code unit}'s records on {@code date}: itself while it
	 * exists, otherwise its primary successor, followed through later reorganisations.
	 */
	public UnitId successorOn(UnitId unit, LocalDate date) {
		UnitId current = unit;
		for (int hops = 0; hops < 20; hops++) {
			Optional<Long> next = this.jdbc
				.sql("select s.successor_id from org_succession s join org_unit u on u.id = s.predecessor_id "
						+ "where s.predecessor_id = :id and s.primary_successor = true and s.effective_date <= :d "
						+ "order by s.effective_date desc, s.id desc")
				.param("id", current.value())
				.param("d", date)
				.query(Long.class)
				.optional();
			if (next.isEmpty()) {
				return current;
			}
			current = UnitId.of(next.get());
		}
		return current;
	}

	/**
	 * Units whose records passed to {@code unit}, directly or through earlier
	 * reorganisations.
	 */
	public List<Long> predecessorIds(UnitId unit) {
		return this.jdbc.sql("""
				with recursive pre(id) as (
				  select s.predecessor_id from org_succession s where s.successor_id = :id
				  union
				  select s.predecessor_id from org_succession s join pre on s.successor_id = pre.id
				)
				select id from pre""").param("id", unit.value()).query(Long.class).list();
	}

	/** A row of {@link #COLUMNS}, read by position (a lookup by label costs per row). */
	static UnitView map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong(5);
		UnitId parentId = rs.wasNull() ? null : UnitId.of(parent);
		int households = rs.getInt(12);
		Integer householdCount = rs.wasNull() ? null : households;
		return new UnitView(UnitId.of(rs.getLong(1)), rs.getString(2), rs.getString(3),
				UnitType.valueOf(rs.getString(4)), parentId, rs.getObject(6, LocalDate.class),
				rs.getObject(7, LocalDate.class),
				new UnitFlags(rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11)),
				householdCount);
	}

}
