package vn.hoagiai.training.imports;

import java.util.Map;

/**
 * One row of the sheet: its 1-based row number and its cells by 0-based column.
 */
record SheetRow(int number, Map<Integer, SheetCell> cells) {

	SheetCell cell(int column) {
		return this.cells.getOrDefault(column, SheetCell.EMPTY);
	}

	boolean isBlank() {
		return this.cells.values().stream().allMatch(SheetCell::isBlank);
	}

}
