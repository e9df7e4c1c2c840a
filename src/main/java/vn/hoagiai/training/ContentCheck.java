package vn.hoagiai.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Recognises a file by its first bytes (and, for the Office formats, by the names in the
 * zip's central directory, which reads nothing inflated): PDF ("%PDF-"), MP4 (an "ftyp"
 * box), DOCX ("word/document.xml"), XLSX ("xl/workbook.xml"), JPEG (FF D8 FF) and PNG
 * (its eight-byte signature). Anything else, an HTML page renamed ".pdf" included, is not
 * recognised.
 */
final class ContentCheck {

	static final int HEAD = 16;

	private ContentCheck() {
	}

	static Optional<FileType> detect(byte[] head, Path file) {
		if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(FileType.PDF);
		}
		if (head.length >= 12
				&& Arrays.equals(Arrays.copyOfRange(head, 4, 8), "ftyp".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(FileType.MP4);
		}
		if (startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(head, new byte[] { 'P', 'K', 3, 4 })) {
			return office(file);
		}
		return Optional.empty();
	}

	private static Optional<FileType> office(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(FileType.DOCX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(FileType.XLSX);
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
	}

}
