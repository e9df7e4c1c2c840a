package vn.hoagiai.shared.spreadsheets;

import java.util.Map;

/**
 * One row of the sheet: its 1-based row number and its cells by 0-based column.
 */
public record SheetRow(int number, Map<Integer, SheetCell> cells) {

	public SheetCell cell(int column) {
		return this.cells.getOrDefault(column, SheetCell.EMPTY);
	}

	public boolean isBlank() {
		return this.cells.values().stream().allMatch(SheetCell::isBlank);
	}

}
