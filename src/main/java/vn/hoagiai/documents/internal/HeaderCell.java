package vn.hoagiai.documents.internal;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.documents.Block;

/**
 * A cell of a table's header, with its spans: one row of titles, or two when columns are
 * grouped (a group cell over its columns, ungrouped titles spanning both rows), then the
 * "(1) (2) ..." row of a numbered table.
 */
record HeaderCell(String text, int colSpan, int rowSpan, int column) {

	static List<List<HeaderCell>> rows(Block.Table table) {
		List<Block.Column> columns = table.columns();
		List<List<HeaderCell>> rows = new ArrayList<>();
		if (table.grouped()) {
			List<HeaderCell> top = new ArrayList<>();
			List<HeaderCell> under = new ArrayList<>();
			int i = 0;
			while (i < columns.size()) {
				Block.Column c = columns.get(i);
				if (c.group() == null) {
					top.add(new HeaderCell(c.title(), 1, 2, i));
					i++;
					continue;
				}
				int end = i;
				while (end < columns.size() && c.group().equals(columns.get(end).group())) {
					under.add(new HeaderCell(columns.get(end).title(), 1, 1, end));
					end++;
				}
				top.add(new HeaderCell(c.group(), end - i, 1, i));
				i = end;
			}
			rows.add(top);
			rows.add(under);
		}
		else {
			List<HeaderCell> titles = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				titles.add(new HeaderCell(columns.get(i).title(), 1, 1, i));
			}
			rows.add(titles);
		}
		if (table.numbered()) {
			List<HeaderCell> numbers = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				numbers.add(new HeaderCell("(" + (i + 1) + ")", 1, 1, i));
			}
			rows.add(numbers);
		}
		return rows;
	}

}
