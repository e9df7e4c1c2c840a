package vn.hoagiai.training.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.training.AttendanceEntry;
import vn.hoagiai.training.Category;
import vn.hoagiai.training.EventDetails;
import vn.hoagiai.training.EventFilter;
import vn.hoagiai.training.EventKind;
import vn.hoagiai.training.EventRow;
import vn.hoagiai.training.EventView;
import vn.hoagiai.training.ItemRow;
import vn.hoagiai.training.ItemView;
import vn.hoagiai.training.LibraryFilter;
import vn.hoagiai.training.LibraryService;
import vn.hoagiai.training.MediatorTraining;
import vn.hoagiai.training.TrainingEventService;
import vn.hoagiai.training.TrainingRecordService;

/**
 * {@code /api/v1/training-events}, {@code /api/v1/library} and
 * {@code /api/v1/mediators/{id}/training}: scoped like the pages; bad input → 422 with
 * every field problem, nothing saved.
 */
@RestController
@RequestMapping("/api/v1")
class TrainingApiController {

	private static final int MAX_PAGE_SIZE = 200;

	private final TrainingEventService events;

	private final LibraryService library;

	private final TrainingRecordService records;

	TrainingApiController(TrainingEventService events, LibraryService library, TrainingRecordService records) {
		this.events = events;
		this.library = library;
		this.records = records;
	}

	@GetMapping("/training-events")
	PageResponse<EventRow> events(@RequestParam(required = false) String q,
			@RequestParam(required = false) EventKind kind, @RequestParam(required = false) java.time.LocalDate from,
			@RequestParam(required = false) java.time.LocalDate to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(this.events.list(new EventFilter(q, kind, from, to), pageRequest(page, size)));
	}

	@GetMapping("/training-events/{id}")
	EventView event(@PathVariable long id) {
		return this.events.view(id);
	}

	@PostMapping("/training-events")
	ResponseEntity<EventView> create(@RequestBody EventRequest request) {
		long id = this.events.create((request.organiserUnitId() != null) ? UnitId.of(request.organiserUnitId()) : null,
				request.details());
		return ResponseEntity.created(URI.create("/api/v1/training-events/" + id)).body(this.events.view(id));
	}

	@PostMapping("/training-events/{id}/attendance")
	EventView attendance(@PathVariable long id, @RequestBody List<AttendanceEntry> entries) {
		this.events.recordAttendance(id, (entries != null) ? entries : List.of());
		return this.events.view(id);
	}

	@GetMapping("/library")
	PageResponse<ItemRow> library(@RequestParam(required = false) String q,
			@RequestParam(required = false) Category category, @RequestParam(defaultValue = "false") boolean unopened,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(this.library.search(new LibraryFilter(q, category, unopened), pageRequest(page, size)));
	}

	@GetMapping("/library/{id}")
	ItemView item(@PathVariable long id) {
		return this.library.open(id);
	}

	@GetMapping("/mediators/{id}/training")
	MediatorTraining training(@PathVariable long id) {
		return this.records.record(id);
	}

	private static PageRequest pageRequest(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
	}

	/** An event to plan; {@code organiserUnitId} defaults to the caller's unit. */
	record EventRequest(Long organiserUnitId, String title, EventKind kind, String organiserName,
			java.time.LocalDate startDate, java.time.LocalDate endDate, java.math.BigDecimal hours, String place,
			Boolean online, String topics, String audience, Long cost, String documents, String outcomes,
			List<Long> trainerIds, List<String> guestTrainers) {

		EventDetails details() {
			return new EventDetails(this.title, this.kind, this.organiserName, this.startDate, this.endDate, this.hours,
					this.place, Boolean.TRUE.equals(this.online), this.topics, this.audience, this.cost, this.documents,
					this.outcomes, this.trainerIds, this.guestTrainers);
		}

	}

}
