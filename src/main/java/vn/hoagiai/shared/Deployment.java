package vn.hoagiai.shared;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Facts about this installation: where its files live, which database it runs on, and
 * whether demo data is loaded into an empty database (by default only on the embedded
 * one).
 */
@Component
public class Deployment {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "hoagiai-demo";

	private final Path dataDir;

	private final boolean embeddedDatabase;

	private final boolean demo;

	Deployment(@Value("${hoagiai.data-dir:./data}") Path dataDir, @Value("${spring.datasource.url:}") String url,
			@Value("${hoagiai.demo:}") String demo) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.embeddedDatabase = url.isBlank() || url.startsWith("jdbc:h2:");
		this.demo = demo.isBlank() ? this.embeddedDatabase : Boolean.parseBoolean(demo.strip());
	}

	public Path dataDir() {
		return this.dataDir;
	}

	public boolean embeddedDatabase() {
		return this.embeddedDatabase;
	}

	public boolean demo() {
		return this.demo;
	}

}
