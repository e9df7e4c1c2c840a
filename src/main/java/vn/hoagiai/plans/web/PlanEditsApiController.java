package vn.hoagiai.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.plans.LiveTargets;
import vn.hoagiai.plans.PlanDetails;
import vn.hoagiai.plans.PlanEditor;
import vn.hoagiai.plans.PlanIndicators;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanStatus;
import vn.hoagiai.plans.PlanTarget;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.plans.TargetView;
import vn.hoagiai.plans.TaskDetails;
import vn.hoagiai.plans.TaskView;
import vn.hoagiai.plans.TimeFrame;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/plans} writes: a plan (or a lower unit's plan with its parent's tasks
 * copied), its header, its tasks (add, change, withdraw) and targets (add, change), and
 * the targets' live indicator values. Changes carry the version read (stale: 409); bad
 * input answers 422 with the fields at fault and changes nothing; a plan outside the
 * caller's reach answers 404, one they read but may not edit 403.
 */
@Tag(name = "Plans", description = "Programme plans, their tasks and targets")
@RestController
@RequestMapping("/api/v1/plans")
class PlanEditsApiController {

	private final PlanService plans;

	private final PlanEditor editor;

	private final PlanIndicators indicators;

	PlanEditsApiController(PlanService plans, PlanEditor editor, PlanIndicators indicators) {
		this.plans = plans;
		this.editor = editor;
		this.indicators = indicators;
	}

	@Operation(summary = "Create a plan of the caller's unit; with parentId and copyTasks, the parent's phases, "
			+ "targets and tasks are copied for the unit to adapt")
	@PostMapping
	ResponseEntity<PlanView> create(@RequestBody PlanRequest request) {
		UnitId unit = (request.unitId() != null) ? UnitId.of(request.unitId()) : null;
		long id = (request.parentId() != null && Boolean.TRUE.equals(request.copyTasks()))
				? this.plans.createFromParent(request.parentId(), unit, request.details())
				: this.plans.create(unit, request.parentId(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(this.plans.view(id));
	}

	@Operation(summary = "Change a plan's header (number, date, issuing body, title, period, purposes, "
			+ "requirements, funding, status); version required")
	@PutMapping("/{id}")
	PlanView update(@PathVariable long id, @RequestBody PlanRequest request) {
		this.plans.update(id, version(request.version()), request.details());
		return this.plans.view(id);
	}

	@Operation(summary = "Add a task with its agencies and time frame; its yearly records follow the frame")
	@PostMapping("/{id}/tasks")
	ResponseEntity<TaskView> addTask(@PathVariable long id, @RequestBody TaskRequest request) {
		long taskId = this.plans.addTask(id, request.details(), request.leads(), request.coordinators());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/tasks/" + taskId))
			.body(this.editor.task(id, taskId));
	}

	@Operation(summary = "Change a task; a new time frame adds the missing years and keeps every year "
			+ "with recorded progress; version required")
	@PutMapping("/{id}/tasks/{taskId}")
	TaskView updateTask(@PathVariable long id, @PathVariable long taskId, @RequestBody TaskRequest request) {
		this.editor.updateTask(id, taskId, version(request.version()), request.details(), request.leads(),
				request.coordinators());
		return this.editor.task(id, taskId);
	}

	@Operation(summary = "Withdraw a task with a reason (it is kept, never deleted); version required")
	@PostMapping("/{id}/tasks/{taskId}/withdrawal")
	TaskView withdrawTask(@PathVariable long id, @PathVariable long taskId, @RequestBody WithdrawalRequest request) {
		this.editor.withdrawTask(id, taskId, version(request.version()), request.reason());
		return this.editor.task(id, taskId);
	}

	@Operation(summary = "The plan's targets with their indicators' live values for the plan's unit and a "
			+ "reporting year (default: the current one)")
	@GetMapping("/{id}/targets")
	LiveTargets targets(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return this.indicators.live(id, year);
	}

	@Operation(summary = "Add a target, optionally linked to an indicator code")
	@PostMapping("/{id}/targets")
	ResponseEntity<TargetView> addTarget(@PathVariable long id, @RequestBody TargetRequest request) {
		long targetId = this.editor.addTarget(id, request.target());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/targets/" + targetId))
			.body(this.editor.target(id, targetId));
	}

	@Operation(summary = "Change a target; version required")
	@PutMapping("/{id}/targets/{targetId}")
	TargetView updateTarget(@PathVariable long id, @PathVariable long targetId, @RequestBody TargetRequest request) {
		this.editor.updateTarget(id, targetId, version(request.version()), request.target());
		return this.editor.target(id, targetId);
	}

	private static long version(Long version) {
		if (version == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return version;
	}

	/**
	 * A plan's header; on creation also its unit, parent and whether to copy the parent.
	 */
	record PlanRequest(Long unitId, Long parentId, Boolean copyTasks, String numberSymbol, LocalDate issuedOn,
			String issuingBody, String title, Integer fromYear, Integer toYear, String purposes, String requirements,
			String funding, PlanStatus status, Long version) {

		PlanDetails details() {
			return new PlanDetails(PlanForm.clean(this.numberSymbol), this.issuedOn, PlanForm.clean(this.issuingBody),
					PlanForm.clean(this.title), (this.fromYear != null) ? this.fromYear : 0,
					(this.toYear != null) ? this.toYear : 0, PlanForm.clean(this.purposes),
					PlanForm.clean(this.requirements), PlanForm.clean(this.funding),
					(this.status != null) ? this.status : PlanStatus.DRAFT);
		}

	}

	/**
	 * A task: {@code frame} is {@code {"kind":"YEAR_RANGE","from":2026,"to":2027}},
	 * {@code {"kind":"EVERY_YEAR"}}, {@code {"kind":"EVERY_N_YEARS","every":5}} or
	 * {@code {"kind":"PHASE","phase":1}}; {@code dueDay} is {@code --MM-dd}.
	 */
	record TaskRequest(String code, String groupCode, String groupTitle, String title, TimeFrame frame, MonthDay dueDay,
			String expectedOutput, String othersNote, List<Long> leadAgencyIds, List<Long> coordinatorAgencyIds,
			Long version) {

		TaskDetails details() {
			String code = PlanForm.clean(this.code);
			String group = PlanForm.clean(this.groupCode);
			return new TaskDetails(code, (group == null && code != null) ? code.split("\\.")[0] : group,
					PlanForm.clean(this.groupTitle), PlanForm.clean(this.title), this.frame, this.dueDay,
					PlanForm.clean(this.expectedOutput), PlanForm.clean(this.othersNote));
		}

		List<Long> leads() {
			return (this.leadAgencyIds != null) ? this.leadAgencyIds : List.of();
		}

		List<Long> coordinators() {
			return (this.coordinatorAgencyIds != null) ? this.coordinatorAgencyIds : List.of();
		}

	}

	/** Why a task is withdrawn, and the version read. */
	record WithdrawalRequest(String reason, Long version) {

	}

	/** A target: description, threshold, by year, indicator code (or null). */
	record TargetRequest(String description, String threshold, Integer byYear, String code, Long version) {

		PlanTarget target() {
			return new PlanTarget(PlanForm.clean(this.code), PlanForm.clean(this.description),
					PlanForm.clean(this.threshold), this.byYear);
		}

	}

}
