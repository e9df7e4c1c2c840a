package vn.hoagiai.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.plans.AnswerInput;
import vn.hoagiai.plans.QuestionSpec;
import vn.hoagiai.plans.ResponseSource;
import vn.hoagiai.plans.SurveyAudience;
import vn.hoagiai.plans.SurveyDetails;
import vn.hoagiai.plans.SurveyResults;
import vn.hoagiai.plans.SurveyService;
import vn.hoagiai.plans.SurveyView;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/surveys}: surveys, creating one with its questions, answering (in the
 * app, or a paper form entered by an officer), and the results counted per unit.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveysApiController {

	private final SurveyService surveys;

	SurveysApiController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	List<SurveyView> list() {
		return this.surveys.list();
	}

	@GetMapping("/{id}")
	SurveyView survey(@PathVariable long id) {
		return this.surveys.view(id);
	}

	@PostMapping
	ResponseEntity<SurveyView> create(@RequestBody SurveyRequest request) {
		long id = this.surveys.create(
				new SurveyDetails((request.unitId() != null) ? UnitId.of(request.unitId()) : null, request.planId(),
						request.title(), request.audience(), request.opensOn(), request.closesOn()),
				(request.questions() != null) ? request.questions() : List.of());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(this.surveys.view(id));
	}

	@PostMapping("/{id}/responses")
	ResponseEntity<Void> respond(@PathVariable long id, @RequestBody ResponseRequest request) {
		ResponseSource source = (request.source() != null) ? request.source() : ResponseSource.APP;
		long response = this.surveys.respond(id, source,
				(request.unitId() != null) ? UnitId.of(request.unitId()) : null,
				(request.answers() != null) ? request.answers() : List.of());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/responses/" + response)).build();
	}

	@GetMapping("/{id}/results")
	SurveyResults results(@PathVariable long id) {
		return this.surveys.results(id);
	}

	record SurveyRequest(Long unitId, Long planId, String title, SurveyAudience audience, LocalDate opensOn,
			LocalDate closesOn, List<QuestionSpec> questions) {

	}

	record ResponseRequest(ResponseSource source, Long unitId, List<AnswerInput> answers) {

	}

}
