package vn.hoagiai.training.imports;

/**
 * One cell as read from the sheet: its text (shared strings resolved), whether it held a
 * number, and whether it was a formula (formulas are refused).
 */
record SheetCell(String text, boolean numeric, boolean formula) {

	static final SheetCell EMPTY = new SheetCell("", false, false);

	boolean isBlank() {
		return this.text == null || this.text.isBlank();
	}

}
