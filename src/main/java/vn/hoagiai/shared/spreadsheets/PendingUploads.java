package vn.hoagiai.shared.spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.RecordNotFound;

/**
 * Uploaded spreadsheets waiting for confirmation after their preview (mediator lists,
 * attendance sheets...), kept under the data folder (shared by every instance) and
 * readable only by the user who uploaded them. Removed once confirmed, or after a day.
 */
@Component
public class PendingUploads {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

	private final Path folder;

	PendingUploads(Deployment deployment) {
		this.folder = deployment.dataDir().resolve("imports");
	}

	public String store(String username, byte[] content) {
		String token = UUID.randomUUID().toString();
		try {
			Files.createDirectories(this.folder);
			Files.write(path(username, token), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return token;
	}

	public byte[] load(String username, String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new RecordNotFound("Import", token);
		}
		Path file = path(username, token);
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new RecordNotFound("Import", token);
		}
	}

	public void delete(String username, String token) {
		try {
			Files.deleteIfExists(path(username, token));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	void purgeOld() throws IOException {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		Instant cutoff = Instant.now().minus(Duration.ofDays(1));
		try (var files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private Path path(String username, String token) {
		return this.folder.resolve(owner(username) + "-" + token + ".xlsx");
	}

	private static String owner(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
