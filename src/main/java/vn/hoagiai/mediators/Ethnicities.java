package vn.hoagiai.mediators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.VietnameseText;

/**
 * The reference list of ethnic groups (read once: it changes only by migration).
 */
@Component
public class Ethnicities {

	private final JdbcClient jdbc;

	private volatile Map<String, Ethnicity> byCode;

	Ethnicities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Ethnicity> all() {
		return List.copyOf(load().values());
	}

	public Optional<Ethnicity> byCode(String code) {
		return Optional.ofNullable((code != null) ? load().get(code) : null);
	}

	/**
	 * Finds a group by code ("02") or by name, accent- and case-insensitively ("tay",
	 * "Tày").
	 */
	public Optional<Ethnicity> resolve(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String cleaned = VietnameseText.clean(text);
		Ethnicity byCode = load().get(cleaned.length() == 1 ? "0" + cleaned : cleaned);
		if (byCode != null) {
			return Optional.of(byCode);
		}
		String folded = normalise(cleaned);
		return load().values().stream().filter((e) -> normalise(e.name()).equals(folded)).findFirst();
	}

	private static String normalise(String name) {
		return VietnameseText.fold(name).replaceAll("[^a-z]", "");
	}

	private Map<String, Ethnicity> load() {
		Map<String, Ethnicity> loaded = this.byCode;
		if (loaded == null) {
			loaded = new LinkedHashMap<>();
			for (Ethnicity e : this.jdbc.sql("select code, name, minority from med_ethnicity order by code")
				.query((rs, n) -> new Ethnicity(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
				.list()) {
				loaded.put(e.code(), e);
			}
			this.byCode = loaded;
		}
		return loaded;
	}

}
