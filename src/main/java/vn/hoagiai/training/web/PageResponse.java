package vn.hoagiai.training.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of results in the API: the items, the page number (from 0), its size and the
 * total.
 */
record PageResponse<T>(List<T> items, int page, int size, long total) {

	static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

}
