package vn.hoagiai.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of an {@link IntegrationTest}. On PostgreSQL it starts from an
 * empty schema once per test run; when the server does not answer the tests are skipped
 * with the reason, unless {@code HOAGIAI_REQUIRE_POSTGRES=1}, under which they fail.
 */
public class TestDatabase implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PG_URL = System.getenv()
		.getOrDefault("HOAGIAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String PG_USER = System.getenv().getOrDefault("HOAGIAI_TEST_PG_USER", "postgres");

	/**
	 * Several work trees on one machine each set their own, so their test runs do not
	 * collide.
	 */
	static final String SCHEMA = System.getenv().getOrDefault("HOAGIAI_TEST_PG_SCHEMA", "hoagiai_it");

	private static Boolean postgresReady;

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty("hoagiai.test.database"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!onPostgres()) {
			return ConditionEvaluationResult.enabled("embedded H2");
		}
		if (preparePostgres()) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + PG_URL);
		}
		String reason = "PostgreSQL does not answer at " + PG_URL;
		if ("1".equals(System.getenv("HOAGIAI_REQUIRE_POSTGRES"))) {
			throw new IllegalStateException(reason + " and HOAGIAI_REQUIRE_POSTGRES=1");
		}
		System.out.println("SKIPPED: " + reason + " (set HOAGIAI_REQUIRE_POSTGRES=1 to fail instead)");
		return ConditionEvaluationResult.disabled(reason);
	}

	private static synchronized boolean preparePostgres() {
		if (postgresReady == null) {
			try {
				recreate(SCHEMA);
				postgresReady = true;
			}
			catch (SQLException ex) {
				postgresReady = false;
			}
		}
		return postgresReady;
	}

	/**
	 * An empty schema of its own on the test PostgreSQL server, for an application
	 * started outside this JVM; answers its JDBC URL.
	 */
	public static String emptyPostgresSchema(String suffix) throws SQLException {
		String schema = SCHEMA + "_" + suffix;
		recreate(schema);
		return PG_URL + "?currentSchema=" + schema;
	}

	private static void recreate(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
	}

	public static String postgresUser() {
		return PG_USER;
	}

	/**
	 * Fewer communes than the demo map has, so that a refresh stores its counts in
	 * several transactions, as a national one does; the stored figures are checked
	 * against the plain queries.
	 */
	private static final String SNAPSHOT_BATCH = "4";

	/**
	 * A crowd small enough that a one-word search of the demo data ("thi") walks the
	 * names while a full name is chosen from the keys: both ways of a search are checked.
	 */
	private static final String SEARCH_CROWD = "40";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = onPostgres()
				? Map.of("spring.datasource.url", PG_URL + "?currentSchema=" + SCHEMA, "spring.datasource.username",
						PG_USER, "spring.datasource.password", "", "hoagiai.demo", "true",
						"hoagiai.identity.allow-demo-passwords", "true", "hoagiai.indicators.snapshots.refresh",
						"false", "hoagiai.indicators.snapshots.batch", SNAPSHOT_BATCH, "hoagiai.mediators.search-crowd",
						SEARCH_CROWD)
				: Map.of("spring.datasource.url",
						"jdbc:h2:mem:hoagiai-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
						"hoagiai.demo", "true", "hoagiai.indicators.snapshots.refresh", "false",
						"hoagiai.indicators.snapshots.batch", SNAPSHOT_BATCH, "hoagiai.mediators.search-crowd",
						SEARCH_CROWD);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("hoagiai-test-database", properties));
	}

}
