package vn.hoagiai.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;

/**
 * Library files under the data folder ({@code library/ab/abcdef…}), named by the SHA-256
 * of their content: the same file uploaded twice is stored once, and no name a user chose
 * ever reaches the file system. An upload is copied while it is counted: past the limit
 * the copy stops and the partial file is removed, so a huge upload cannot fill the disk.
 */
@Component
class StoredFiles {

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private final Path folder;

	private final long maxBytes;

	StoredFiles(Deployment deployment, TrainingSettings settings) {
		this.folder = deployment.dataDir().resolve("library");
		this.maxBytes = settings.maxUpload().toBytes();
	}

	/** Stores a checked library upload; refuses too large or unrecognised content. */
	StoredFile store(InputStream input) {
		return store(input, FileType.LIBRARY, "library.file.unknownType");
	}

	/**
	 * Stores a checked upload whose content is one of {@code accepted}; refuses too
	 * large, unrecognised or other content with the message {@code unknownKey}.
	 */
	StoredFile store(InputStream input, java.util.Set<FileType> accepted, String unknownKey) {
		Path temp = null;
		try {
			Files.createDirectories(this.folder);
			temp = Files.createTempFile(this.folder, "upload-", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] head = new byte[ContentCheck.HEAD];
			int headLength = 0;
			long size = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while ((read = input.read(buffer)) != -1) {
					if (headLength < head.length) {
						int n = Math.min(read, head.length - headLength);
						System.arraycopy(buffer, 0, head, headLength, n);
						headLength += n;
					}
					size += read;
					if (size > this.maxBytes) {
						throw problem("library.file.tooLarge", this.maxBytes / (1024 * 1024));
					}
					out.write(buffer, 0, read);
				}
			}
			if (size == 0) {
				throw problem("library.file.empty");
			}
			byte[] actualHead = java.util.Arrays.copyOf(head, headLength);
			FileType type = ContentCheck.detect(actualHead, temp)
				.filter(accepted::contains)
				.orElseThrow(() -> problem(unknownKey));
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = path(hash);
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			return new StoredFile(hash, size, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** Stores bytes the app generated itself (demo material), checked like an upload. */
	StoredFile store(byte[] content) {
		return store(new java.io.ByteArrayInputStream(content));
	}

	Path open(String hash) {
		if (hash == null || !HASH.matcher(hash).matches()) {
			throw new RecordNotFound("LibraryFile", hash);
		}
		Path file = path(hash);
		if (!Files.isRegularFile(file)) {
			throw new RecordNotFound("LibraryFile", hash);
		}
		return file;
	}

	private Path path(String hash) {
		return this.folder.resolve(hash.substring(0, 2)).resolve(hash);
	}

	private static InvalidInput problem(String key, Object... args) {
		return new InvalidInput(List.of(FieldProblem.of("file", key, args)));
	}

	private static void deleteQuietly(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// a leftover part file is harmless; the next upload uses a new name
			}
		}
	}

	/** A file in the store. */
	record StoredFile(String hash, long size, FileType type) {
	}

}
