package vn.hoagiai.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.cases.CaseFilter;
import vn.hoagiai.cases.CaseProgress;
import vn.hoagiai.cases.CaseRow;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.web.ProgressRequests.AssignmentRequest;
import vn.hoagiai.cases.web.ProgressRequests.OutcomeRequest;
import vn.hoagiai.cases.web.ProgressRequests.ReopenRequest;
import vn.hoagiai.cases.web.ProgressRequests.SessionRequest;
import vn.hoagiai.cases.web.ProgressRequests.StartRequest;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/cases}: scoped to the viewer's units; a case the viewer may not open
 * answers 404. Writes carry the version they were based on (stale → 409); bad input → 422
 * with every field problem.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApiController {

	private static final int MAX_PAGE_SIZE = 200;

	private final CaseService cases;

	private final CaseProgress progress;

	CasesApiController(CaseService cases, CaseProgress progress) {
		this.cases = cases;
		this.progress = progress;
	}

	@GetMapping
	PageResponse<CaseRow> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		CaseFilter filter = new CaseFilter((unitId != null) ? UnitId.of(unitId) : null, teamId, status, field, from, to,
				q);
		return PageResponse
			.of(this.cases.list(filter, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))));
	}

	@GetMapping("/{id}")
	CaseView view(@PathVariable long id) {
		return this.cases.view(id);
	}

	@PostMapping
	ResponseEntity<CaseView> create(@RequestBody CaseRequest request) {
		if (request.teamId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("teamId", "validation.required")));
		}
		long id = this.cases.intake(request.teamId(), request.details(), request.scope(), request.partyList());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(this.cases.view(id));
	}

	@PutMapping("/{id}")
	CaseView update(@PathVariable long id, @RequestBody CaseRequest request) {
		this.cases.update(id, requireVersion(request.version()), request.details(), request.scope(),
				request.notification(), request.reason());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/assignments")
	CaseView assign(@PathVariable long id, @RequestBody AssignmentRequest request) {
		if (request.mediatorId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("mediatorId", "validation.required")));
		}
		this.progress.assign(id, requireVersion(request.version()), request.mediatorId(),
				CaseRequest.yes(request.declaredInterest()), request.assignedOn(),
				CaseRequest.yes(request.immediateOrAgreedOtherwise()));
		return this.cases.view(id);
	}

	@PostMapping("/{id}/sessions")
	CaseView addSession(@PathVariable long id, @RequestBody SessionRequest request) {
		this.progress.addSession(id, requireVersion(request.version()), request.details());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/start")
	CaseView start(@PathVariable long id, @RequestBody StartRequest request) {
		this.progress.recordStart(id, requireVersion(request.version()), request.startedOn());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/outcome")
	CaseView close(@PathVariable long id, @RequestBody OutcomeRequest request) {
		this.progress.close(id, requireVersion(request.version()), request.outcome());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/reopen")
	CaseView reopen(@PathVariable long id, @RequestBody ReopenRequest request) {
		this.progress.reopen(id, requireVersion(request.version()), request.reason());
		return this.cases.view(id);
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return version;
	}

}
