package vn.hoagiai.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.cases.CaseFilter;
import vn.hoagiai.cases.CaseFollowUps;
import vn.hoagiai.cases.CaseIntake;
import vn.hoagiai.cases.CaseOutcomes;
import vn.hoagiai.cases.CaseProgress;
import vn.hoagiai.cases.CaseRow;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.IntakeResult;
import vn.hoagiai.cases.web.ProgressRequests.AssignmentRequest;
import vn.hoagiai.cases.web.ProgressRequests.FollowUpRequest;
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
 * with every field problem. A create with an {@code Idempotency-Key} header is done once:
 * replays answer with the first result and the header {@code Idempotent-Replayed: true}.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final int MAX_PAGE_SIZE = 200;

	private final CaseService cases;

	private final CaseIntake intake;

	private final CaseProgress progress;

	private final CaseOutcomes outcomes;

	private final CaseFollowUps followUps;

	CasesApiController(CaseService cases, CaseIntake intake, CaseProgress progress, CaseOutcomes outcomes,
			CaseFollowUps followUps) {
		this.cases = cases;
		this.intake = intake;
		this.progress = progress;
		this.outcomes = outcomes;
		this.followUps = followUps;
	}

	@GetMapping
	PageResponse<CaseRow> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long mediatorId,
			@RequestParam(required = false) Boolean overdueFollowUps, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		CaseFilter filter = new CaseFilter((unitId != null) ? UnitId.of(unitId) : null, teamId, status, field, from, to,
				q, mediatorId, overdueFollowUps);
		int number = Math.max(page, 0);
		int rows = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		return PageResponse.of(this.cases.list(filter, PageRequest.of(number, rows)), number, rows);
	}

	@GetMapping("/{id}")
	CaseView view(@PathVariable long id) {
		return this.cases.view(id);
	}

	@PostMapping
	ResponseEntity<CaseView> create(@RequestBody CaseRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		if (request.teamId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("teamId", "validation.required")));
		}
		IntakeResult result = this.intake.intake(request.teamId(), request.details(), request.scope(),
				request.partyList(), key);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/cases/" + result.caseId()))
			.header("Idempotent-Replayed", String.valueOf(result.replayed()))
			.body(this.cases.view(result.caseId()));
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
		this.outcomes.close(id, requireVersion(request.version()), request.outcome(), request.followUpDue());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/reopen")
	CaseView reopen(@PathVariable long id, @RequestBody ReopenRequest request) {
		this.outcomes.reopen(id, requireVersion(request.version()), request.reason());
		return this.cases.view(id);
	}

	@PostMapping("/{id}/follow-ups")
	CaseView planFollowUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
		long version = requireVersion(request.version());
		if (request.followUpId() == null) {
			this.followUps.plan(id, version, request.dueOn());
		}
		else {
			this.followUps.record(id, version, request.followUpId(), request.checkedOn(), request.result(),
					request.note());
		}
		return this.cases.view(id);
	}

	static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return version;
	}

}
