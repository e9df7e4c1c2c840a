package vn.hoagiai.training.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.training.ContestFilter;
import vn.hoagiai.training.ContestLevel;
import vn.hoagiai.training.ContestRow;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;

/**
 * {@code /api/v1/contests} (a page of contests) and {@code /api/v1/contests/{id}} (one
 * with its rounds, judges, criteria, participants in ranking order with scores and
 * prizes): scoped like the pages, another unit's contest 404 like a missing one.
 */
@RestController
@RequestMapping("/api/v1/contests")
class ContestApiController {

	private static final int MAX_PAGE_SIZE = 200;

	private final ContestService contests;

	ContestApiController(ContestService contests) {
		this.contests = contests;
	}

	@GetMapping
	PageResponse<ContestRow> contests(@RequestParam(required = false) String q,
			@RequestParam(required = false) ContestLevel level, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(this.contests.list(new ContestFilter(q, level, year),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))));
	}

	@GetMapping("/{id}")
	ContestView contest(@PathVariable long id) {
		return this.contests.view(id);
	}

}
