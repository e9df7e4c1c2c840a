package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who opened which library item: first and last time and how often, and per category the
 * first open (what "has used the material set" counts). Two short statements per open; a
 * concurrent first open of the same item is absorbed by "on conflict do nothing".
 */
@Component
class AccessLog {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AccessLog(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void record(long mediatorId, long itemId, Category category, Instant at) {
		Timestamp now = Timestamp.from(at);
		int inserted = this.jdbc
			.sql("insert into trn_access (mediator_id, item_id, first_at, last_at, open_count) "
					+ "values (:m, :i, :t, :t, 1) on conflict do nothing")
			.param("m", mediatorId)
			.param("i", itemId)
			.param("t", now)
			.update();
		if (inserted == 0) {
			this.jdbc
				.sql("update trn_access set last_at = :t, open_count = open_count + 1 "
						+ "where mediator_id = :m and item_id = :i")
				.param("m", mediatorId)
				.param("i", itemId)
				.param("t", now)
				.update();
			return;
		}
		int first = this.jdbc
			.sql("insert into trn_category_progress (mediator_id, category, first_at) values (:m, :c, :t) "
					+ "on conflict do nothing")
			.param("m", mediatorId)
			.param("c", category.name())
			.param("t", now)
			.update();
		if (first > 0) {
			// the first open of a category may complete the material set (target 3)
			this.events.publishEvent(vn.hoagiai.shared.UnitFiguresChanged.mediators(java.util.List.of(mediatorId)));
		}
	}

	/** What a mediator opened: item id → access. */
	Map<Long, Access> opened(long mediatorId) {
		Map<Long, Access> opened = new HashMap<>();
		this.jdbc.sql("select item_id, first_at, last_at, open_count from trn_access where mediator_id = :m")
			.param("m", mediatorId)
			.query((rs, n) -> opened.put(rs.getLong(1),
					new Access(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getInt(4))))
			.list();
		return opened;
	}

	/** When the mediator first opened an item of each category. */
	Map<Category, Instant> categories(long mediatorId) {
		Map<Category, Instant> first = new EnumMap<>(Category.class);
		this.jdbc.sql("select category, first_at from trn_category_progress where mediator_id = :m")
			.param("m", mediatorId)
			.query((rs, n) -> first.put(Category.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
		return first;
	}

	/** One mediator's use of one item. */
	record Access(Instant first, Instant last, int count) {
	}

}
