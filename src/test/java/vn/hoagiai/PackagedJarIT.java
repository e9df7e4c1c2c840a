package vn.hoagiai;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as it ships, started the way README says ({@code java -jar}): it starts from
 * the bean definitions computed at build time, so this is where that start is checked
 * against the pages and the API every other test reaches through a classpath start.
 */
@ExtendWith(TestDatabase.class)
class PackagedJarIT {

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	@Test
	void theJarStartsFromItsBuildTimeBeanDefinitionsAndServesSignedInUsers(@TempDir Path dataDir) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
						packagedJar().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("app.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("HOAGIAI_DATA_DIR", dataDir.toString());
		env.put("PORT", Integer.toString(port));
		if (TestDatabase.onPostgres()) {
			env.put("HOAGIAI_DB_URL", TestDatabase.emptyPostgresSchema("jar"));
			env.put("HOAGIAI_DB_USER", TestDatabase.postgresUser());
			env.put("HOAGIAI_DEMO", "true");
			command.add("--hoagiai.identity.allow-demo-passwords=true");
			builder.command(command);
		}
		Process app = builder.start();
		try {
			awaitReadiness(app, port, dataDir.resolve("app.log"));
			assertThat(Files.readString(dataDir.resolve("app.log")))
				.contains("Starting AOT-processed HoagiaiApplication");

			HttpSession officer = new HttpSession(port);
			assertThat(officer.signIn("tuphap.ducxuan", Deployment.DEMO_PASSWORD)).endsWith("/");
			HttpResponse<String> home = officer.get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Đức Xuân");
			HttpResponse<String> me = officer.getJson("/api/v1/me");
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).contains("\"username\":\"tuphap.ducxuan\"");
			for (String page : List.of("/units", "/teams", "/mediators?q=nguyen", "/cases", "/library", "/plans",
					"/indicators")) {
				assertThat(officer.get(page).statusCode()).as(page).isEqualTo(200);
			}
			assertThat(officer.getJson("/api/v1/units/999999").statusCode()).isEqualTo(404);
		}
		finally {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
		if (!TestDatabase.onPostgres()) {
			// A graceful stop closes the embedded database: the next start does not wait
			// for a stale lock file to age.
			assertThat(dataDir.resolve("hoagiai.lock.db")).doesNotExist();
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter((file) -> file.getFileName().toString().matches("hoagiai-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw verify"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitReadiness(Process app, int port, Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError(
						"the jar stopped while starting:\n" + Files.readString(log, StandardCharsets.UTF_8));
			}
			try {
				if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the jar was not ready within " + START_LIMIT + ":\n" + Files.readString(log));
	}

}
