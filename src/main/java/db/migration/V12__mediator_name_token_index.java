package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The prefix index of the mediators' name keys. PostgreSQL uses a btree for
 * {@code like 'abc%'} only with the C collation or a pattern operator class; H2 uses any
 * index. One statement cannot say both, hence a Java migration.
 */
public class V12__mediator_name_token_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		String column = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "token varchar_pattern_ops"
				: "token";
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index med_mediator_name_token_idx on med_mediator_name_token (" + column
					+ ", mediator_id)");
		}
	}

}
