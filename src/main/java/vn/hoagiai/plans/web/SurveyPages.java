package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.plans.AnswerInput;
import vn.hoagiai.plans.QuestionKind;
import vn.hoagiai.plans.QuestionSpec;
import vn.hoagiai.plans.QuestionView;
import vn.hoagiai.plans.ResponseSource;
import vn.hoagiai.plans.SurveyAudience;
import vn.hoagiai.plans.SurveyDetails;
import vn.hoagiai.plans.SurveyResults;
import vn.hoagiai.plans.SurveyService;
import vn.hoagiai.plans.SurveyView;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * Survey pages: the list with the form that creates a questionnaire, and a survey's page
 * with the answer form (in the app, or a paper form for a chosen unit) and the results
 * per unit with Chart.js charts (their data in a data attribute; the CSP forbids inline
 * scripts).
 */
@Controller
@RequestMapping("/plans/surveys")
class SurveyPages {

	static final String LIST = "plans/surveys";

	static final String DETAIL = "plans/survey";

	static final int QUESTION_ROWS = 6;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SurveyService surveys;

	SurveyPages(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("surveys", this.surveys.list());
		model.addAttribute("units", this.surveys.units());
		model.addAttribute("audiences", SurveyAudience.values());
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("rows", QUESTION_ROWS);
		return LIST;
	}

	@PostMapping
	String create(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) SurveyAudience audience,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam(name = "qText", required = false) List<String> texts,
			@RequestParam(name = "qKind", required = false) List<QuestionKind> kinds,
			@RequestParam(name = "qOptions", required = false) List<String> options, Model model) {
		List<QuestionSpec> specs = new ArrayList<>();
		for (int i = 0; texts != null && i < texts.size(); i++) {
			if (!texts.get(i).isBlank()) {
				String line = (options != null && i < options.size()) ? options.get(i) : "";
				List<String> choices = line.isBlank() ? List.of()
						: Arrays.stream(line.split(";")).map(String::strip).toList();
				specs.add(new QuestionSpec(texts.get(i), (kinds != null && i < kinds.size()) ? kinds.get(i) : null,
						choices));
			}
		}
		try {
			long id = this.surveys.create(new SurveyDetails((unitId != null) ? UnitId.of(unitId) : null, null, title,
					audience, opensOn, closesOn), specs);
			return "redirect:/plans/surveys/" + id;
		}
		catch (InvalidInput ex) {
			model.addAttribute("problems", ex.problems());
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		SurveyView survey = this.surveys.view(id);
		SurveyResults results = this.surveys.results(id);
		model.addAttribute("survey", survey);
		model.addAttribute("results", results);
		model.addAttribute("charts", charts(results));
		model.addAttribute("units", this.surveys.units());
		return DETAIL;
	}

	@PostMapping("/{id}/responses")
	String respond(@PathVariable long id, @RequestParam(defaultValue = "APP") ResponseSource source,
			@RequestParam(required = false) Long unitId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<AnswerInput> answers = new ArrayList<>();
		for (QuestionView q : this.surveys.view(id).questions()) {
			String value = form.getOrDefault("q" + q.id(), "").strip();
			if (q.kind() == QuestionKind.TEXT) {
				answers.add(new AnswerInput(q.id(), null, value));
			}
			else {
				answers.add(new AnswerInput(q.id(), value.matches("\\d{1,3}") ? Integer.valueOf(value) : null, null));
			}
		}
		try {
			this.surveys.respond(id, source, (unitId != null) ? UnitId.of(unitId) : null, answers);
		}
		catch (InvalidInput ex) {
			model.addAttribute("problems", ex.problems());
			return detail(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/plans/surveys/" + id;
	}

	/** Chart data per question id: the units, the labels, counts per label and unit. */
	private static Map<Long, String> charts(SurveyResults results) {
		Map<Long, String> charts = new LinkedHashMap<>();
		for (SurveyResults.QuestionResult q : results.questions()) {
			if (!q.labels().isEmpty()) {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("groups", results.groups());
				data.put("labels", q.labels());
				data.put("counts", q.byGroup().stream().map(SurveyResults.GroupCounts::counts).toList());
				charts.put(q.question().id(), JSON.writeValueAsString(data));
			}
		}
		return charts;
	}

}
