package vn.hoagiai.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times what recording an open adds to opening a library item (bench/README.md): the
 * {@link AccessLog} statements of one open, each in its own transaction as in the
 * application, on a national-scale database; repeated opens (the mediator opened the item
 * before) and first opens (a new access row and perhaps a new category).
 *
 * <pre>
 * --url JDBC-URL [--user U] [--db-password P] [--rounds 2000] [--seed 7]
 * </pre>
 */
public final class AccessBench {

	private AccessBench() {
	}

	public static void main(String[] args) {
		List<String> a = Arrays.asList(args);
		String url = a.get(a.indexOf("--url") + 1);
		String user = a.contains("--user") ? a.get(a.indexOf("--user") + 1) : "postgres";
		String password = a.contains("--db-password") ? a.get(a.indexOf("--db-password") + 1) : "";
		int rounds = a.contains("--rounds") ? Integer.parseInt(a.get(a.indexOf("--rounds") + 1)) : 2000;
		Random random = new Random(a.contains("--seed") ? Long.parseLong(a.get(a.indexOf("--seed") + 1)) : 7);
		SingleConnectionDataSource source = new SingleConnectionDataSource(url, user, password, true);
		source.setAutoCommit(false);
		JdbcClient jdbc = JdbcClient.create(source);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
		AccessLog log = new AccessLog(jdbc, (event) -> {
		});
		List<long[]> opened = jdbc.sql("select mediator_id, item_id from trn_access order by mediator_id, item_id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<Object[]> items = jdbc.sql("select id, category from trn_item order by id")
			.query((rs, n) -> new Object[] { rs.getLong(1), Category.valueOf(rs.getString(2)) })
			.list();
		long maxMediator = jdbc.sql("select max(id) from med_mediator").query(Long.class).single();
		System.out.printf("%d access rows, %d items, mediators up to %d%n", opened.size(), items.size(), maxMediator);
		Runnable again = () -> {
			long[] pair = opened.get(random.nextInt(opened.size()));
			Object[] item = items.stream().filter((i) -> (long) i[0] == pair[1]).findFirst().orElseThrow();
			log.record(pair[0], pair[1], (Category) item[1], Instant.now());
		};
		Runnable first = () -> {
			Object[] item = items.get(random.nextInt(items.size()));
			long mediator = 1 + (long) random.nextInt((int) maxMediator);
			log.record(mediator, (long) item[0], (Category) item[1], Instant.now());
		};
		for (int warm = 0; warm < 500; warm++) {
			transaction.executeWithoutResult((tx) -> again.run());
		}
		report("open again (update)", time(rounds, () -> transaction.executeWithoutResult((tx) -> again.run())));
		report("open, maybe first (insert)", time(rounds, () -> transaction.executeWithoutResult((tx) -> first.run())));
		source.destroy();
	}

	private static List<Double> time(int rounds, Runnable call) {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			call.run();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return millis;
	}

	private static void report(String name, List<Double> millis) {
		List<Double> sorted = millis.stream().sorted().toList();
		System.out.printf("%-30s n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n", name, sorted.size(),
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1));
	}

}
