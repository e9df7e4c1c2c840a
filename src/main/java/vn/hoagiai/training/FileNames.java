package vn.hoagiai.training;

import java.text.Normalizer;

/**
 * The name a stored file is offered under: only the last part of what the browser sent
 * ("../../etc/passwd" becomes "passwd"), without control or quoting characters, with the
 * extension of the type its content has. It never names a file on disk (files are stored
 * by content hash).
 */
final class FileNames {

	private FileNames() {
	}

	static String safe(String original, FileType type) {
		String name = (original != null) ? Normalizer.normalize(original, Normalizer.Form.NFC) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "").strip();
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		stem = stem.replaceAll("^\\.+", "").strip();
		if (stem.isEmpty()) {
			stem = "tai-lieu";
		}
		if (stem.length() > 150) {
			stem = stem.substring(0, 150);
		}
		return stem + "." + type.extension();
	}

}
