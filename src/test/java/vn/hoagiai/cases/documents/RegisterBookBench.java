package vn.hoagiai.cases.documents;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.mediators.MediatorNames;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.UnitId;

/**
 * Times a team's yearly register book as PDF on a database with national data (see
 * bench/README.md): the book's queries, the rows and summary, the document and the PDF,
 * as {@code RegisterBooks.export} and {@code DocumentWriter} do them, without the HTTP
 * layer. Takes the team with the most cases in a year unless one is named. Reads only.
 * <p>
 * Arguments: {@code --url URL --user USER --db-password PW [--team ID --year YYYY]
 * [--runs 10]}.
 */
public final class RegisterBookBench {

	private RegisterBookBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = options(args);
		// one connection kept open, as the application's pool keeps them (a new one per
		// query would open the embedded database file each time)
		SingleConnectionDataSource source = new SingleConnectionDataSource(opts.get("--url"),
				opts.getOrDefault("--user", "sa"), opts.getOrDefault("--db-password", ""), true);
		JdbcClient jdbc = JdbcClient.create(source);
		long team;
		int year;
		if (opts.containsKey("--team")) {
			team = Long.parseLong(opts.get("--team"));
			year = Integer.parseInt(opts.get("--year"));
		}
		else {
			List<long[]> busiest = jdbc
				.sql("select team_id, register_year, count(*) n from cas_case "
						+ "group by team_id, register_year order by n desc limit 1")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.list();
			team = busiest.get(0)[0];
			year = (int) busiest.get(0)[1];
		}
		long cases = jdbc.sql("select count(*) from cas_case").query(Long.class).single();
		RegisterBookQueries queries = new RegisterBookQueries(jdbc);
		UnitDirectory units = create(UnitDirectory.class, jdbc);
		MediatorNames names = create(MediatorNames.class, jdbc);
		DocumentWriter writer = new DocumentWriter();
		int runs = Integer.parseInt(opts.getOrDefault("--runs", "10"));
		List<Long> millis = new ArrayList<>();
		List<Long> reading = new ArrayList<>();
		List<Long> renderCpu = new ArrayList<>();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		int rows = 0;
		int bytes = 0;
		for (int i = 0; i < runs + 3; i++) {
			long start = System.nanoTime();
			RegisterBook book = book(jdbc, queries, units, names, team, year);
			long read = (System.nanoTime() - start) / 1_000_000;
			long cpu = threads.getCurrentThreadCpuTime();
			byte[] pdf = writer.write(RegisterBookDocument.of(book), DocumentFormat.PDF);
			cpu = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
			long took = (System.nanoTime() - start) / 1_000_000;
			if (i >= 3) {
				millis.add(took);
				reading.add(read);
				renderCpu.add(cpu);
			}
			rows = book.rows().size();
			bytes = pdf.length;
		}
		Collections.sort(millis);
		Collections.sort(reading);
		Collections.sort(renderCpu);
		System.out.printf("cases in database: %d; team %d, year %d: %d rows, PDF %d bytes%n", cases, team, year, rows,
				bytes);
		System.out.printf("register book PDF over %d runs (after 3 warm-up): min %d ms, median %d ms, max %d ms%n",
				runs, millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
		System.out.printf("of which reading the book (queries, rows, summary): median %d ms%n",
				reading.get(reading.size() / 2));
		System.out.printf("CPU time of this thread writing the PDF (what a free core would take): median %d ms%n",
				renderCpu.get(renderCpu.size() / 2));
	}

	private static RegisterBook book(JdbcClient jdbc, RegisterBookQueries queries, UnitDirectory units,
			MediatorNames names, long team, int year) {
		long village = jdbc.sql("select unit_id from med_team where id = :id")
			.param("id", team)
			.query(Long.class)
			.single();
		String teamName = names.team(team).orElseThrow().name();
		Places places = Places.of(units.ancestry(UnitId.of(village), LocalDate.of(year, 12, 31)));
		List<RegisterBookQueries.CaseLine> lines = queries.cases(team, year);
		List<Long> caseIds = lines.stream().map(RegisterBookQueries.CaseLine::id).toList();
		Map<Long, List<Long>> assigned = queries.mediators(caseIds);
		Set<Long> ids = new HashSet<>();
		assigned.values().forEach(ids::addAll);
		RegisterBookRows.Facts facts = new RegisterBookRows.Facts(queries.parties(caseIds), assigned,
				queries.invited(caseIds), names.mediators(ids), queries.fields());
		return new RegisterBook(
				new RegisterBook.Cover(team, UnitId.of(village), teamName, year, places, LocalDate.of(year, 1, 1),
						null),
				RegisterBookRows.rows(lines, facts, (c) -> true), RegisterBookRows.summary(lines, facts));
	}

	private static <T> T create(Class<T> type, JdbcClient jdbc) throws ReflectiveOperationException {
		Constructor<T> constructor = type.getDeclaredConstructor(JdbcClient.class);
		constructor.setAccessible(true);
		return constructor.newInstance(jdbc);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		return opts;
	}

}
