package vn.hoagiai.cases;

import org.springframework.data.domain.Page;

/**
 * The case list as a viewer may see it: the counts always, the rows only for those who
 * work on cases ({@code rows} is null for the others).
 */
public record CaseList(CaseCounts counts, Page<CaseRow> rows) {

	public boolean rowsVisible() {
		return this.rows != null;
	}

}
