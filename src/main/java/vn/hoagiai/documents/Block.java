package vn.hoagiai.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a document's body, rendered in order.
 */
public sealed interface Block {

	/** A section heading ("I. ...", "Điều 1."), bold, flush left. */
	record Heading(String text) implements Block {

	}

	/**
	 * A paragraph, justified with a first-line indent; an optional bold label runs in
	 * before the text ("Địa chỉ: ..."). Centered paragraphs (a cover page) are not
	 * indented.
	 */
	record Paragraph(String label, String text, Align align, boolean bold) implements Block {

		public static Paragraph of(String text) {
			return new Paragraph(null, text, Align.JUSTIFY, false);
		}

		public static Paragraph labelled(String label, String text) {
			return new Paragraph(label, text, Align.JUSTIFY, false);
		}

		public static Paragraph centered(String text, boolean bold) {
			return new Paragraph(null, text, Align.CENTER, bold);
		}

	}

	/** How a paragraph is aligned. */
	enum Align {

		JUSTIFY, CENTER

	}

	/**
	 * A ruled table whose header repeats on every page. Adjacent columns with the same
	 * group share a header cell above theirs ("Kết quả" over "Thành" and "Không thành").
	 * With {@code numbered}, a row "(1) (2) ..." follows the header, as in the Ministry's
	 * register forms. A row shorter than the columns is padded with empty cells.
	 */
	record Table(List<Column> columns, List<List<String>> rows, boolean numbered) implements Block {

		public Table {
			columns = List.copyOf(columns);
			List<List<String>> copy = new ArrayList<>(rows.size());
			for (List<String> row : rows) {
				List<String> cells = new ArrayList<>(columns.size());
				for (int i = 0; i < columns.size(); i++) {
					String cell = (i < row.size()) ? row.get(i) : null;
					cells.add((cell != null) ? cell : "");
				}
				copy.add(List.copyOf(cells));
			}
			rows = List.copyOf(copy);
		}

		/** Whether any column sits under a group header. */
		public boolean grouped() {
			return this.columns.stream().anyMatch((c) -> c.group() != null);
		}

	}

	/**
	 * A table column: its title, the group header above it (or null) and its relative
	 * width.
	 */
	record Column(String title, String group, int weight) {

		public static Column of(String title, int weight) {
			return new Column(title, null, weight);
		}

		public static Column grouped(String group, String title, int weight) {
			return new Column(title, group, weight);
		}

	}

	/** Starts a new page. */
	record PageBreak() implements Block {

	}

}
