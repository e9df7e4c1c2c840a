package vn.hoagiai.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;

import vn.hoagiai.training.LibraryService;

/**
 * Sends a stored file as a download: its checked media type, an attachment name in UTF-8,
 * {@code nosniff}, a private day of caching and its length.
 */
final class FileResponses {

	private FileResponses() {
	}

	static void send(LibraryService.FileDownload file, HttpServletResponse response) throws IOException {
		response.setContentType(file.mediaType());
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "private, max-age=86400");
		if (file.size() != null) {
			response.setContentLengthLong(file.size());
		}
		try (InputStream in = Files.newInputStream(file.path())) {
			in.transferTo(response.getOutputStream());
		}
	}

}
