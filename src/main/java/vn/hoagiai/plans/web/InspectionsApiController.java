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
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.plans.InspectionDetails;
import vn.hoagiai.plans.InspectionService;
import vn.hoagiai.plans.InspectionView;
import vn.hoagiai.plans.NewRecommendation;
import vn.hoagiai.plans.RecommendationView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/inspections}: inspection visits with their recommendations, the overdue
 * recommendations, recording a visit, adding a recommendation and closing one (version
 * checked).
 */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionsApiController {

	private final InspectionService inspections;

	InspectionsApiController(InspectionService inspections) {
		this.inspections = inspections;
	}

	@GetMapping
	List<InspectionView> list() {
		return this.inspections.list();
	}

	@GetMapping("/{id}")
	InspectionView inspection(@PathVariable long id) {
		return this.inspections.view(id);
	}

	@GetMapping("/recommendations/overdue")
	List<RecommendationView> overdue() {
		return this.inspections.overdue();
	}

	@PostMapping
	ResponseEntity<InspectionView> create(@RequestBody InspectionRequest request) {
		long id = this.inspections.create(request.details(),
				(request.recommendations() != null) ? request.recommendations() : List.of());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(this.inspections.view(id));
	}

	@PostMapping("/{id}/recommendations")
	InspectionView recommend(@PathVariable long id, @RequestBody NewRecommendation request) {
		this.inspections.addRecommendation(id, request);
		return this.inspections.view(id);
	}

	@PutMapping("/recommendations/{recommendationId}/close")
	ResponseEntity<Void> close(@PathVariable long recommendationId, @RequestBody CloseRequest request) {
		if (request.version() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		this.inspections.close(recommendationId, request.version(), request.closedOn(), request.note());
		return ResponseEntity.noContent().build();
	}

	record InspectionRequest(Long unitId, Long planId, Long teamId, LocalDate visitedOn, String inspectors,
			List<Long> agencyIds, String checked, String findings, List<NewRecommendation> recommendations) {

		InspectionDetails details() {
			return new InspectionDetails((this.unitId != null) ? UnitId.of(this.unitId) : null, this.planId,
					this.teamId, this.visitedOn, this.inspectors, this.agencyIds, this.checked, this.findings);
		}

	}

	record CloseRequest(LocalDate closedOn, String note, Long version) {

	}

}
