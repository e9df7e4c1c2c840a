package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.unit.DataSize;

import vn.hoagiai.shared.UnitId;

/**
 * Times {@link TrainingMeasures} on a national-scale database (bench/README.md): trained
 * and access counts for one commune at a time (many communes, p50/p95), then for every
 * commune at once.
 *
 * <pre>
 * --url JDBC-URL [--user U] [--db-password P] [--rounds 200]
 * </pre>
 */
public final class MeasuresBench {

	private MeasuresBench() {
	}

	public static void main(String[] args) {
		List<String> a = Arrays.asList(args);
		String url = a.get(a.indexOf("--url") + 1);
		String user = a.contains("--user") ? a.get(a.indexOf("--user") + 1) : "postgres";
		String password = a.contains("--db-password") ? a.get(a.indexOf("--db-password") + 1) : "";
		int rounds = a.contains("--rounds") ? Integer.parseInt(a.get(a.indexOf("--rounds") + 1)) : 200;
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(url, user, password, true));
		TrainingMeasures measures = new TrainingMeasures(jdbc,
				new TrainingSettings(Set.of(EventKind.COURSE, EventKind.REFRESHER),
						Set.of(Category.LAW_TEXT, Category.SKILLS, Category.CASE_STUDIES), LocalDate.of(2024, 1, 1),
						LocalDate.of(2030, 12, 31), DataSize.ofMegabytes(50)));
		List<UnitId> communes = jdbc
			.sql("select id from org_unit where type in ('COMMUNE','WARD','TOWN','SPECIAL_ZONE') order by id")
			.query(Long.class)
			.list()
			.stream()
			.map(UnitId::of)
			.toList();
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		for (int warm = 0; warm < 20; warm++) {
			measures.trainedMediators(List.of(communes.get(warm * 7 % communes.size())), from, to);
			measures.materialUsers(List.of(communes.get(warm * 11 % communes.size())), from, to);
		}
		report("one commune, trained", time(rounds,
				(i) -> measures.trainedMediators(List.of(communes.get(i * 16 % communes.size())), from, to)));
		report("one commune, material set",
				time(rounds, (i) -> measures.materialUsers(List.of(communes.get(i * 16 % communes.size())), from, to)));
		report("one commune, active",
				time(rounds, (i) -> measures.activeMediators(List.of(communes.get(i * 16 % communes.size())), to)));
		report("all " + communes.size() + " communes, trained",
				time(3, (i) -> measures.trainedMediators(communes, from, to)));
		report("all " + communes.size() + " communes, material set",
				time(3, (i) -> measures.materialUsers(communes, from, to)));
		long trained = measures.trainedMediators(communes, from, to).values().stream().mapToLong(Long::longValue).sum();
		long users = measures.materialUsers(communes, from, to).values().stream().mapToLong(Long::longValue).sum();
		long active = measures.activeMediators(communes, to).values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("country: %d active, %d trained, %d used the material set%n", active, trained, users);
	}

	private static List<Double> time(int rounds, java.util.function.IntConsumer call) {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			call.accept(i);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return millis;
	}

	private static void report(String name, List<Double> millis) {
		List<Double> sorted = millis.stream().sorted().toList();
		System.out.printf("%-40s n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", name, sorted.size(),
				sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.get(sorted.size() - 1));
	}

}
