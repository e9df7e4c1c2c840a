package vn.hoagiai.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.shared.Deployment;

/**
 * Loads the demo map into an empty demo database: Bắc Kạn province, Bắc Kạn city with its
 * eight wards and communes and their villages, Thái Nguyên province, the agencies of the
 * plan, and then the 2025-07-01 reorganisation (district level abolished, Bắc Kạn merged
 * into Thái Nguyên) applied through {@link Reorganiser} like a real one.
 */
@Component
@Order(10)
class DemoGeography implements ApplicationRunner {

	static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoGeography.class);

	private final Deployment deployment;

	private final JdbcClient jdbc;

	private final UnitAdministration administration;

	private final Reorganiser reorganiser;

	private final TransactionTemplate transaction;

	DemoGeography(Deployment deployment, JdbcClient jdbc, UnitAdministration administration, Reorganiser reorganiser,
			PlatformTransactionManager transactions) {
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.administration = administration;
		this.reorganiser = reorganiser;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.deployment.demo()) {
			this.transaction.executeWithoutResult((status) -> {
				if (this.jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0) {
					load();
				}
			});
		}
	}

	void load() {
		Map<String, Long> ids = new HashMap<>();
		for (String[] row : rows("demo/units.csv")) {
			ids.put(row[0], this.administration
				.createUnit(new NewUnitCommand(UnitType.valueOf(row[2]), row[3], blank(row[4]), ids.get(row[1]),
						LocalDate.parse(row[5]), flags(row[6]), blank(row[7]) != null ? Integer.valueOf(row[7]) : null))
				.value());
		}
		for (String[] row : rows("demo/agencies.csv")) {
			this.administration.createAgency(
					new NewAgencyCommand(ids.get(row[0]), AgencyKind.valueOf(row[1]), row[2], LocalDate.parse(row[3])));
		}
		this.reorganiser.apply(this.reorganiser
			.planAbolish(AbolishLevelCommand.unit(ids.get("bkc"), new ReorganisationBasis(TWO_LEVEL_GOVERNMENT,
					"Nghị quyết 76/2025/UBTVQH15", "Chính quyền địa phương hai cấp"))));
		this.reorganiser.apply(this.reorganiser
			.planMerge(new MergeCommand(List.of(ids.get("bk")), ids.get("tn"), null, new ReorganisationBasis(
					TWO_LEVEL_GOVERNMENT, "Nghị quyết 202/2025/QH15", "Sáp nhập tỉnh Bắc Kạn vào tỉnh Thái Nguyên"))));
		log.info("Demo geography loaded: {} units", ids.size());
	}

	private static UnitFlags flags(String letters) {
		return new UnitFlags(letters.contains("E"), letters.contains("D"), letters.contains("A"),
				letters.contains("P"));
	}

	private static String blank(String text) {
		return text.isBlank() ? null : text;
	}

	private static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split(";", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
