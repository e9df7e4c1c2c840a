package vn.hoagiai.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.VietnameseText;

/**
 * The library list in one SQL query, with "opened" for a signed-in mediator and
 * "superseded" for every item.
 */
@Component
class LibraryQueries {

	private final JdbcClient jdbc;

	LibraryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param internal the units whose internal items the viewer may see; null for none
	 * @param learner the signed-in mediator, or null
	 */
	Page<ItemRow> list(LibraryFilter filter, VisibleUnits internal, Long learner, Pageable page) {
		List<String> where = new ArrayList<>(List.of("i.withdrawn_reason is null"));
		Map<String, Object> params = new LinkedHashMap<>();
		if (internal == null) {
			where.add("i.published = true");
		}
		else if (!internal.all()) {
			where.add("(i.published = true or i.unit_id in (:units))");
			params.put("units", internal.ids().isEmpty() ? List.of(-1L) : internal.ids());
		}
		String q = VietnameseText.fold(filter.q()).replace("%", "").replace("_", "");
		if (!q.isBlank()) {
			where.add("(i.title_folded like :q or i.tags_folded like :q)");
			params.put("q", "%" + q + "%");
		}
		if (filter.category() != null) {
			where.add("i.category = :category");
			params.put("category", filter.category().name());
		}
		String opened = "null";
		if (learner != null) {
			opened = "exists (select 1 from trn_access a where a.mediator_id = :m and a.item_id = i.id)";
			params.put("m", learner);
			if (filter.unopened()) {
				where.add("not " + opened);
			}
		}
		String clause = " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) from trn_item i" + clause)
			.params(params)
			.query(Long.class)
			.single();
		List<ItemRow> rows = this.jdbc
			.sql("select i.id, i.title, i.kind, i.category, i.tags, i.legal_text, " + "i.published, " + opened
					+ " as opened, exists (select 1 from trn_item n where n.supersedes_id = i.id "
					+ "and n.withdrawn_reason is null) as superseded from trn_item i" + clause
					+ " order by i.category, i.title_folded, i.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> {
				boolean open = rs.getBoolean("opened");
				Boolean openedValue = rs.wasNull() ? null : open;
				return new ItemRow(rs.getLong("id"), rs.getString("title"), ItemKind.valueOf(rs.getString("kind")),
						Category.valueOf(rs.getString("category")), rs.getString("tags"), rs.getString("legal_text"),
						rs.getBoolean("published"), openedValue, rs.getBoolean("superseded"));
			})
			.list();
		return new PageImpl<>(rows, page, total);
	}

	Long supersededBy(long id) {
		return this.jdbc.sql("select min(id) from trn_item where supersedes_id = :id and withdrawn_reason is null")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
