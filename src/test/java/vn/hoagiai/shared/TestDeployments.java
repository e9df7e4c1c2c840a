package vn.hoagiai.shared;

import java.nio.file.Path;

/**
 * Deployments for tests that call components directly: the embedded database, files in
 * the given folder.
 */
public final class TestDeployments {

	private TestDeployments() {
	}

	public static Deployment embeddedAt(Path dataDir) {
		return new Deployment(dataDir, "jdbc:h2:mem:test", "false");
	}

}
