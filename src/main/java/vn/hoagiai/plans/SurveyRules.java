package vn.hoagiai.plans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.hoagiai.shared.FieldProblem;

/** The field rules of surveys and answers, every problem at once. */
final class SurveyRules {

	static final int MAX_QUESTIONS = 30;

	private SurveyRules() {
	}

	static List<FieldProblem> check(SurveyDetails d, List<QuestionSpec> specs) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.unitId() == null) {
			problems.add(FieldProblem.of("unitId", "validation.required"));
		}
		if (d.title() == null || d.title().isBlank()) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		else if (d.title().strip().length() > 300) {
			problems.add(FieldProblem.of("title", "validation.tooLong", 300));
		}
		if (d.audience() == null) {
			problems.add(FieldProblem.of("audience", "validation.required"));
		}
		if (d.opensOn() == null || d.closesOn() == null || d.closesOn().isBefore(d.opensOn())) {
			problems.add(FieldProblem.of("closesOn", "plans.survey.dates"));
		}
		if (specs.isEmpty() || specs.size() > MAX_QUESTIONS) {
			problems.add(FieldProblem.of("questions", "plans.survey.questions", MAX_QUESTIONS));
		}
		for (int i = 0; i < specs.size(); i++) {
			QuestionSpec q = specs.get(i);
			String field = "questions[" + i + "]";
			if (q.text() == null || q.text().isBlank() || q.text().strip().length() > 500) {
				problems.add(FieldProblem.of(field + ".text", "plans.survey.questionText"));
			}
			if (q.kind() == null) {
				problems.add(FieldProblem.of(field + ".kind", "validation.required"));
			}
			else if (q.kind() == QuestionKind.CHOICE
					&& (q.options().size() < 2 || q.options().stream().anyMatch((o) -> o == null || o.isBlank()))) {
				problems.add(FieldProblem.of(field + ".options", "plans.survey.options.invalid"));
			}
		}
		return problems;
	}

	static List<FieldProblem> answers(List<QuestionView> questions, List<AnswerInput> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Long, QuestionView> byId = questions.stream()
			.collect(Collectors.toMap(QuestionView::id, Function.identity()));
		Set<Long> seen = new HashSet<>();
		for (AnswerInput answer : answers) {
			QuestionView q = byId.get(answer.questionId());
			String field = "q" + answer.questionId();
			if (q == null || !seen.add(answer.questionId())) {
				problems.add(FieldProblem.of(field, "plans.survey.answer.unknown"));
				continue;
			}
			Integer c = answer.choice();
			boolean bad = switch (q.kind()) {
				case CHOICE -> c != null && (c < 0 || c >= q.options().size());
				case SCALE -> c != null && (c < 1 || c > SurveyResults.SCALE_MAX);
				case TEXT -> answer.text() != null && answer.text().strip().length() > 2000;
			};
			if (bad) {
				problems.add(FieldProblem.of(field, "plans.survey.answer.invalid"));
			}
		}
		boolean empty = answers.stream()
			.allMatch((a) -> a.choice() == null && (a.text() == null || a.text().isBlank()));
		if (empty) {
			problems.add(FieldProblem.of("answers", "plans.survey.answer.empty"));
		}
		return problems;
	}

}
