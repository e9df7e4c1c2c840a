package vn.hoagiai.shared.spreadsheets;

/**
 * One cell as read from the sheet: its text (shared strings resolved), whether it held a
 * number, and whether it was a formula (formulas are refused).
 */
public record SheetCell(String text, boolean numeric, boolean formula) {

	public static final SheetCell EMPTY = new SheetCell("", false, false);

	public boolean isBlank() {
		return this.text == null || this.text.isBlank();
	}

}
