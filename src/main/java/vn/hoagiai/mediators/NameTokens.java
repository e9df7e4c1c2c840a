package vn.hoagiai.mediators;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.hoagiai.shared.VietnameseText;

/**
 * The search keys of a mediator's name: every tail of its folded words ("nguyen thi hoa",
 * "thi hoa", "hoa"). A search for folded words finds a name when the words start one of
 * its keys, so "thi ho" and "NGUYỄN THI HOA" both find "Nguyễn Thị Hòa" through one
 * indexed prefix match, on H2 and on PostgreSQL alike.
 */
public final class NameTokens {

	/** The longest key, the width of {@code med_mediator_name_token.token}. */
	public static final int MAX_LENGTH = 120;

	private NameTokens() {
	}

	/** The keys of a name, longest first; none for a blank name. */
	public static Set<String> of(String fullName) {
		String folded = VietnameseText.fold(fullName);
		Set<String> tokens = new LinkedHashSet<>();
		int start = 0;
		while (start < folded.length()) {
			String tail = folded.substring(start);
			tokens.add((tail.length() > MAX_LENGTH) ? tail.substring(0, MAX_LENGTH) : tail);
			int space = folded.indexOf(' ', start);
			if (space < 0) {
				break;
			}
			start = space + 1;
		}
		return tokens;
	}

	/**
	 * The SQL {@code like} pattern that finds the names a search text matches, or
	 * {@code null} when the text holds nothing to search for.
	 */
	public static String prefixPattern(String query) {
		String prefix = prefix(query);
		return (prefix != null) ? prefix + "%" : null;
	}

	/**
	 * The start of a name key that the search text asks for, or {@code null} when the
	 * text holds nothing to search for.
	 */
	public static String prefix(String query) {
		String folded = VietnameseText.fold(query).replace("%", "").replace("_", "").replace("\\", "").strip();
		if (folded.isEmpty()) {
			return null;
		}
		return (folded.length() > MAX_LENGTH) ? folded.substring(0, MAX_LENGTH) : folded;
	}

}
