package vn.hoagiai.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Vietnamese text: Unicode NFC, collapsed spaces, and an accent-free
 * folded form for searching.
 */
public final class VietnameseText {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private VietnameseText() {
	}

	/** NFC, trimmed, inner runs of whitespace collapsed to one space; null stays null. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/**
	 * Lower case without diacritics ("Đức Xuân" → "duc xuan"), for accent-insensitive
	 * search.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

}
