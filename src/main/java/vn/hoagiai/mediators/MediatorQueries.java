package vn.hoagiai.mediators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;

/**
 * The mediator list in one SQL query. The name search is accent- and case-insensitive:
 * the folded words must start one of the name's keys ({@link NameTokens}), an indexed
 * prefix match. The total is counted only up to {@link #COUNT_CAP}: a national list has
 * hundreds of thousands of rows and nobody pages that far.
 */
@Component
class MediatorQueries {

	/**
	 * The page is chosen by (id, name_folded) alone, an index-only read; only its rows
	 * are read in full and joined.
	 */
	private static final String FROM = """
			from (select m.id, m.name_folded from med_mediator m %s
			  order by m.name_folded, m.id limit :limit offset :offset) p
			join med_mediator m on m.id = p.id
			join org_unit u on u.id = m.unit_id
			left join med_team t on t.id = m.team_id
			""";

	private static final String SELECT = "select m.id, m.full_name, m.sex, m.birth_year, m.background, "
			+ "m.status, m.team_id, t.name as team_name, m.team_role, m.unit_id, u.name as unit_name ";

	/** The same from the name keys: a mediator matching by two keys counts once. */
	private static final String KEYED_FROM = """
			from (select distinct k.mediator_id as id, k.name_folded from med_mediator_name_token k%s
			  order by k.name_folded, k.mediator_id limit :limit offset :offset) p
			join med_mediator m on m.id = p.id
			join org_unit u on u.id = m.unit_id
			left join med_team t on t.id = m.team_id
			""";

	/** Totals above this are reported as this number plus one ("more than 1,000"). */
	static final int COUNT_CAP = 1000;

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	private final boolean likeUsesIndex;

	/**
	 * Above this many matching keys a search is a crowd ("hoa", "thi"): its page is found
	 * by walking the names in order, where matches are dense, rather than by sorting
	 * every match.
	 */
	private final int crowd;

	MediatorQueries(JdbcClient jdbc, UnitDirectory units, DataSource dataSource,
			@Value("${hoagiai.mediators.search-crowd:20000}") int crowd) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.units = units;
		this.crowd = crowd;
		// PostgreSQL turns "like 'abc%'" into an index range (V12); H2 does not when the
		// pattern is a parameter, but it does for ">= and <", which with its binary
		// string
		// order is the same match. PostgreSQL's collations make the range the wrong tool.
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.likeUsesIndex = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	Page<MediatorRow> list(MediatorFilter filter, VisibleUnits visible, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!visible.all()) {
			where.add("m.unit_id in (:visible)");
			params.put("visible", visible.ids().isEmpty() ? List.of(-1L) : visible.ids());
		}
		if (filter.unit() != null) {
			where.add("m.unit_id in (:below)");
			params.put("below", this.units.subtreeIds(filter.unit(), LocalDate.now()));
		}
		if (filter.teamId() != null) {
			where.add("m.team_id = :team");
			params.put("team", filter.teamId());
		}
		if (filter.active() != null) {
			where.add(filter.active() ? "m.status = 'ACTIVE'" : "m.status <> 'ACTIVE'");
		}
		String prefix = NameTokens.prefix(filter.q());
		if (prefix != null) {
			return search(where, params, prefix, page);
		}
		long total = this.jdbc
			.sql("select count(*) from (select 1 from med_mediator m" + clause(where) + " limit " + (COUNT_CAP + 1)
					+ ") c")
			.params(params)
			.query(Long.class)
			.single();
		List<MediatorRow> rows = this.jdbc.sql(SELECT + FROM.formatted(clause(where)) + " order by p.name_folded, p.id")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> map(rs))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * A name search: the page is chosen from the name keys' index (key, name, mediator)
	 * in name order, joining the mediators only for the other conditions; only the page's
	 * rows are read in full.
	 */
	private Page<MediatorRow> search(List<String> where, Map<String, Object> params, String prefix, Pageable page) {
		params.putAll(keyParams(prefix));
		Matches matches = countMatches(where, params);
		if (matches.total() == 0) {
			return new PageImpl<>(List.of(), page, 0);
		}
		// without other conditions the count has read every matching key when it was
		// under its cap; otherwise count the keys alone
		long keys = (where.isEmpty() && matches.keys() <= COUNT_CAP) ? matches.keys() : keyHits(params);
		String from;
		if (keys > this.crowd) {
			List<String> conditions = new ArrayList<>(where);
			conditions.add("exists (select 1 from med_mediator_name_token k where k.mediator_id = m.id and "
					+ keyMatch() + ")");
			from = FROM.formatted(clause(conditions));
		}
		else {
			List<String> conditions = new ArrayList<>(where);
			conditions.add(0, keyMatch());
			String join = where.isEmpty() ? "" : " join med_mediator m on m.id = k.mediator_id";
			from = KEYED_FROM.formatted(join + clause(conditions));
		}
		List<MediatorRow> rows = this.jdbc.sql(SELECT + from + " order by p.name_folded, p.id")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> map(rs))
			.list();
		return new PageImpl<>(rows, page, matches.total());
	}

	/** How many name keys match, counted up to the crowd size + 1. */
	private long keyHits(Map<String, Object> params) {
		return this.jdbc
			.sql("select count(*) from (select 1 from med_mediator_name_token k where " + keyMatch() + " limit "
					+ (this.crowd + 1) + ") c")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The condition on {@code k.token} that the parameters of {@link #keyParams} fill.
	 */
	private String keyMatch() {
		return this.likeUsesIndex ? "k.token like :q" : "k.token >= :from and k.token < :to";
	}

	private Map<String, Object> keyParams(String prefix) {
		if (this.likeUsesIndex) {
			return Map.of("q", prefix + "%");
		}
		char last = prefix.charAt(prefix.length() - 1);
		return Map.of("from", prefix, "to", prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
	}

	/**
	 * Counts from the name keys, so that the database starts from the few keys that match
	 * rather than from the mediators; a name can match by two keys, hence the distinct.
	 */
	private Matches countMatches(List<String> where, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>(where);
		conditions.add(0, keyMatch());
		return this.jdbc
			.sql("select count(*) as hits, count(distinct id) as people from (select k.mediator_id as id "
					+ "from med_mediator_name_token k"
					+ (where.isEmpty() ? "" : " join med_mediator m on m.id = k.mediator_id") + clause(conditions)
					+ " limit " + (COUNT_CAP + 1) + ") c")
			.params(params)
			.query((rs, n) -> new Matches(rs.getLong("hits"), rs.getLong("people")))
			.single();
	}

	/**
	 * Matching keys and mediators, each counted up to {@link #COUNT_CAP} + 1 keys.
	 */
	private record Matches(long keys, long people) {

		/** The total shown: "more than {@link #COUNT_CAP}" once the keys pass the cap. */
		long total() {
			return (this.keys > COUNT_CAP) ? COUNT_CAP + 1 : this.people;
		}

	}

	private static String clause(List<String> where) {
		return where.isEmpty() ? "" : " where " + String.join(" and ", where);
	}

	/** Full records for an export, in the list's order, one page at a time. */
	List<MediatorRecord> records(MediatorFilter filter, VisibleUnits visible, boolean personal, Pageable page) {
		List<Long> ids = list(filter, visible, page).getContent().stream().map(MediatorRow::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select m.*, e.name as ethnicity_name, u.name as unit_name,
					  (select max(ms.from_date) from med_membership ms where ms.mediator_id = m.id and ms.to_date is null) as joined
					from med_mediator m join org_unit u on u.id = m.unit_id
					left join med_ethnicity e on e.code = m.ethnicity_code
					where m.id in (:ids) order by m.name_folded, m.id""")
			.param("ids", ids)
			.query((rs, n) -> record(rs, personal))
			.list();
	}

	private static MediatorRecord record(ResultSet rs, boolean personal) throws SQLException {
		MediatorDetails details = new MediatorDetails(rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
				integer(rs, "birth_year"), personal ? rs.getString("ethnicity_code") : null,
				personal ? rs.getString("phone") : null, null, rs.getString("occupation"),
				Background.valueOf(rs.getString("background")),
				enumOf(LegalTraining.class, rs.getString("legal_training")),
				new Election(enumOf(ElectionMethod.class, rs.getString("election_method")), date(rs, "election_date"),
						integer(rs, "votes_for"), integer(rs, "households")),
				rs.getString("recognition_number"), date(rs, "recognition_date"), date(rs, "term_start"),
				date(rs, "term_end"));
		return new MediatorRecord(rs.getLong("id"), details, personal ? rs.getString("ethnicity_name") : null,
				rs.getString("unit_name"), enumOf(TeamRole.class, rs.getString("team_role")), date(rs, "joined"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	List<TeamMember> activeMembers(java.util.Collection<Long> teamIds) {
		return this.jdbc
			.sql("select team_id, name_folded, birth_year, team_role from med_mediator "
					+ "where status = 'ACTIVE' and team_id in (:teams)")
			.param("teams", teamIds)
			.query((rs, n) -> {
				int birth = rs.getInt("birth_year");
				Integer birthYear = rs.wasNull() ? null : birth;
				return new TeamMember(rs.getLong("team_id"), rs.getString("name_folded"), birthYear,
						TeamRole.valueOf(rs.getString("team_role")));
			})
			.list();
	}

	private static MediatorRow map(ResultSet rs) throws SQLException {
		int birth = rs.getInt("birth_year");
		Integer birthYear = rs.wasNull() ? null : birth;
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		String role = rs.getString("team_role");
		return new MediatorRow(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")), birthYear,
				Background.valueOf(rs.getString("background")), MediatorStatus.valueOf(rs.getString("status")), teamId,
				rs.getString("team_name"), (role != null) ? TeamRole.valueOf(role) : null,
				UnitId.of(rs.getLong("unit_id")), rs.getString("unit_name"));
	}

}
