package vn.hoagiai.cases.web;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.hoagiai.cases.CaseCounts;
import vn.hoagiai.cases.CaseList;

/**
 * A page of cases in the API: the items, the page number (from 0), its size, the total
 * and the counts by state and result. Viewers who see counts only get no items.
 */
record PageResponse<T>(List<T> items, int page, int size, long total, CaseCounts counts) {

	static <T> PageResponse<T> of(Page<T> page, CaseCounts counts) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), counts);
	}

	static PageResponse<vn.hoagiai.cases.CaseRow> of(CaseList list, int page, int size) {
		if (!list.rowsVisible()) {
			return new PageResponse<>(List.of(), page, size, list.counts().total(), list.counts());
		}
		return of(list.rows(), list.counts());
	}

}
