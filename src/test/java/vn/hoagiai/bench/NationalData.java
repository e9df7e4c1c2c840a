package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills an empty database with a national-scale register: 34 provinces, 3,321 communes,
 * about 63,000 villages, 90,000 teams, 600,000 mediators and 1,000,000 cases, the same
 * for the same seed, plus the sign-in users {@code admin} (ADMIN) and
 * {@code xa.<code>} (COMMUNE_OFFICER of
 * the first commune of each province). Plain JDBC batches; the schema comes from the
 * application's own Flyway migrations. See bench/README.md.
 *
 * <pre>
 * --data-dir DIR | --url JDBC-URL [--user U] [--db-password P]
 * --password SIGN-IN-PASSWORD [--seed 42] [--communes 3321] [--cases 1000000]
 * </pre>
 */
public final class NationalData {

	private NationalData() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = url(options);
		String user = options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
		String dbPassword = options.getOrDefault("db-password", "");
		String password = require(options, "password");
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		int communes = Integer.parseInt(options.getOrDefault("communes", "3321"));
		long start = System.nanoTime();
		Flyway.configure().dataSource(url, user, dbPassword).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, dbPassword)) {
			connection.setAutoCommit(false);
			requireEmpty(connection);
			Random random = new Random(seed);
			NationalGeography geography = new NationalGeography(connection, random);
			geography.write(communes);
			log(start, "%d units, %d villages".formatted(geography.units(), geography.villages.size()));
			NationalMediators mediators = new NationalMediators(connection, random);
			mediators.write(geography.villages);
			log(start, "%d teams, %d mediators, %d name keys, %d reviews".formatted(mediators.teams,
					mediators.mediators, mediators.tokens, mediators.reviews));
			NationalCases cases = new NationalCases(connection, random);
			cases.write(Long.parseLong(options.getOrDefault("cases", "1000000")));
			log(start, "%d cases".formatted(cases.cases));
			writeSample(options, geography.communeIds);
			long users = signInUsers(connection, geography.firstCommuneOfProvince, password);
			restartIdentities(connection,
					Map.of("org_unit", geography.units(), "org_unit_name", geography.units(), "org_unit_parent",
							geography.links(), "med_team", mediators.teams, "med_mediator", mediators.mediators,
							"med_membership", mediators.mediators, "med_team_review", mediators.reviews, "idn_user",
							users, "cas_case", cases.cases));
			connection.commit();
			// PostgreSQL also wants the visibility map set, or index-only scans visit the
			// heap.
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute(url.startsWith("jdbc:postgresql:") ? "vacuum analyze" : "analyze");
			}
		}
		log(start, "done");
	}

	/** Every 16th commune's id, for the load scripts (bench/national.sh). */
	private static void writeSample(Map<String, String> options, List<Long> communes) throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Path.of(options.getOrDefault("sample", "target/national-communes.txt"));
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i < communes.size(); i += 16) {
			ids.append(communes.get(i)).append('\n');
		}
		java.nio.file.Files.writeString(file, ids);
	}

	/** admin, then one commune officer per province; one BCrypt hash serves them all. */
	private static long signInUsers(Connection connection, List<Long> communes, String password) throws SQLException {
		String hash = new BCryptPasswordEncoder(12).encode(password);
		LocalDateTime now = LocalDateTime.now();
		long id = 0;
		try (Batch users = new Batch(connection, "idn_user",
				"id, username, display_name, password_hash, unit_id, active, must_change_password, demo_password, locale, version, created_at, updated_at");
				Batch roles = new Batch(connection, "idn_user_role", "user_id, role", users)) {
			users.add(++id, "admin", "Quản trị hệ thống", hash, 1L, true, false, false, "vi", 0L, now, now);
			roles.add(id, "ADMIN");
			for (int i = 0; i < communes.size(); i++) {
				String username = "xa.%05d".formatted(communeCode(connection, communes.get(i)));
				users.add(++id, username, "Công chức Tư pháp " + username, hash, communes.get(i), true, false, false,
						"vi", 0L, now, now);
				roles.add(id, "COMMUNE_OFFICER");
				System.out.println("sign-in user " + username + " (COMMUNE_OFFICER) unit " + communes.get(i));
			}
		}
		return id;
	}

	private static int communeCode(Connection connection, long unit) throws SQLException {
		try (var statement = connection.prepareStatement("select code from org_unit where id = ?")) {
			statement.setLong(1, unit);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return Integer.parseInt(rs.getString(1));
			}
		}
	}

	/** Explicit ids were inserted, so each identity must continue after them. */
	private static void restartIdentities(Connection connection, Map<String, Long> last) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, Long> table : last.entrySet()) {
				statement.execute(
						"alter table " + table.getKey() + " alter column id restart with " + (table.getValue() + 1));
			}
		}
		connection.commit();
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select count(*) from org_unit")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException("The database already holds units; generate into an empty one.");
			}
		}
	}

	private static String url(Map<String, String> options) {
		if (options.containsKey("url")) {
			String url = options.get("url");
			if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
				url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
			}
			return url;
		}
		// The application's own URL for the embedded database in that directory.
		return "jdbc:h2:file:" + require(options, "data-dir")
				+ "/hoagiai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=FILE";
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static String require(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("Missing --" + name + " (see bench/README.md)");
		}
		return value;
	}

	private static void log(long start, String message) {
		System.out.printf("%6.1f s  %s%n", (System.nanoTime() - start) / 1e9, message);
	}

}
