package vn.hoagiai.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.plans.Attention;
import vn.hoagiai.plans.PlanDetails;
import vn.hoagiai.plans.PlanGrid;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanStatus;
import vn.hoagiai.plans.PlanSummary;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.plans.ProgressService;
import vn.hoagiai.plans.TaskView;
import vn.hoagiai.plans.TaskYearView;
import vn.hoagiai.plans.YearProgress;
import vn.hoagiai.plans.YearStatus;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/plans}: plans the caller may read, one plan, its tasks (with their
 * records for a year), the grid, overdue and due-soon lists, recording a year's progress
 * with a version check (stale: 409), and a lower unit's plan copied from its parent.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlansApiController {

	private final PlanService plans;

	private final ProgressService progress;

	PlansApiController(PlanService plans, ProgressService progress) {
		this.plans = plans;
		this.progress = progress;
	}

	@GetMapping
	List<PlanSummary> list() {
		return this.plans.list();
	}

	@GetMapping("/{id}")
	PlanView plan(@PathVariable long id) {
		return this.plans.view(id);
	}

	/** The tasks; with {@code year}, each task's record for that year instead. */
	@GetMapping("/{id}/tasks")
	List<?> tasks(@PathVariable long id, @RequestParam(required = false) Integer year) {
		if (year != null) {
			return this.progress.year(id, year);
		}
		List<TaskView> tasks = this.plans.tasks(id);
		return tasks;
	}

	@GetMapping("/{id}/tasks/{taskId}/years/{year}")
	TaskYearView taskYear(@PathVariable long id, @PathVariable long taskId, @PathVariable int year) {
		return this.progress.taskYear(id, taskId, year);
	}

	@PutMapping("/{id}/tasks/{taskId}/years/{year}")
	TaskYearView record(@PathVariable long id, @PathVariable long taskId, @PathVariable int year,
			@RequestBody YearRequest request) {
		if (request.version() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return this.progress.record(id, taskId, year, request.version(),
				new YearProgress(request.status(), request.note(), request.responsible(), request.doneOn()));
	}

	@GetMapping("/{id}/grid")
	PlanGrid grid(@PathVariable long id) {
		return this.progress.grid(id);
	}

	@GetMapping("/attention")
	Attention attention(@RequestParam(defaultValue = "30") int days) {
		return this.progress.attention(Math.min(Math.max(days, 0), 366));
	}

	@PostMapping("/{id}/copies")
	ResponseEntity<PlanView> copy(@PathVariable long id, @RequestBody CopyRequest request) {
		if (request.unitId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
		}
		long created = this.plans.createFromParent(id, UnitId.of(request.unitId()), request.details());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + created)).body(this.plans.view(created));
	}

	/**
	 * A year's progress: status, note, person responsible, date done; {@code version}
	 * seen.
	 */
	record YearRequest(YearStatus status, String note, String responsible, LocalDate doneOn, Long version) {

	}

	/** The lower unit and the new plan's facts. */
	record CopyRequest(Long unitId, String numberSymbol, LocalDate issuedOn, String issuingBody, String title,
			Integer fromYear, Integer toYear) {

		PlanDetails details() {
			return new PlanDetails(this.numberSymbol, this.issuedOn, this.issuingBody, this.title,
					(this.fromYear != null) ? this.fromYear : 0, (this.toYear != null) ? this.toYear : 0, null, null,
					null, PlanStatus.DRAFT);
		}

	}

}
