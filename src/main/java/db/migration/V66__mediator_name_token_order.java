package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The folded name beside each name key, and one index on (key, name, mediator): a search
 * then finds its page of names in name order from the index alone, without reading each
 * matching mediator's row (on H2 about 15 µs per match, 110 ms for "thi hoa" among
 * 577,376 mediators). As in V12, PostgreSQL needs the pattern operator class for
 * {@code like 'abc%'}.
 */
public class V66__mediator_name_token_order extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		String token = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "token varchar_pattern_ops"
				: "token";
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("alter table med_mediator_name_token add column name_folded varchar(120)");
			statement.execute("update med_mediator_name_token k set name_folded = "
					+ "(select m.name_folded from med_mediator m where m.id = k.mediator_id)");
			statement.execute("alter table med_mediator_name_token alter column name_folded set not null");
			statement.execute("drop index med_mediator_name_token_idx");
			statement.execute("create index med_mediator_name_token_idx on med_mediator_name_token (" + token
					+ ", name_folded, mediator_id)");
		}
	}

}
