package vn.hoagiai.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields a write changed, old → new. Personal fields keep only the fact that they
 * changed: their values are masked before they reach the trail.
 */
public final class Changes {

	static final String MASK = "***";

	private final List<String> entries = new ArrayList<>();

	private Changes() {
	}

	public static Changes none() {
		return new Changes();
	}

	public static Changes of(String field, Object before, Object after) {
		return new Changes().field(field, before, after);
	}

	/** Records the field when its value changed. */
	public Changes field(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.entries.add(field + ": " + text(before) + " → " + text(after));
		}
		return this;
	}

	/** Records that a personal field changed without keeping its values. */
	public Changes personal(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.entries.add(field + ": " + MASK + " → " + MASK);
		}
		return this;
	}

	/** A free note, such as the reason for a withdrawal. */
	public Changes note(String label, String text) {
		this.entries.add(label + ": " + text(text));
		return this;
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	@Override
	public String toString() {
		return String.join("; ", this.entries);
	}

	private static String text(Object value) {
		if (value == null) {
			return "∅";
		}
		String text = value.toString();
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
