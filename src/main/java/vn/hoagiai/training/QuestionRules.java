package vn.hoagiai.training;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;

/**
 * The rules of a question: a topic and a text, two to six choices, at least one correct,
 * exactly one for a single-choice question.
 */
public final class QuestionRules {

	private QuestionRules() {
	}

	public static List<FieldProblem> check(NewQuestion q) {
		List<FieldProblem> problems = new ArrayList<>();
		if (q.topic() == null || q.topic().isBlank()) {
			problems.add(FieldProblem.of("topic", "validation.required"));
		}
		else if (q.topic().length() > 100) {
			problems.add(FieldProblem.of("topic", "validation.tooLong", 100));
		}
		if (q.text() == null || q.text().isBlank()) {
			problems.add(FieldProblem.of("text", "validation.required"));
		}
		else if (q.text().length() > 1000) {
			problems.add(FieldProblem.of("text", "validation.tooLong", 1000));
		}
		if (q.explanation() != null && q.explanation().length() > 1000) {
			problems.add(FieldProblem.of("explanation", "validation.tooLong", 1000));
		}
		List<NewQuestion.NewChoice> choices = q.choices()
			.stream()
			.filter((c) -> c.text() != null && !c.text().isBlank())
			.toList();
		long correct = choices.stream().filter(NewQuestion.NewChoice::correct).count();
		if (choices.size() < 2 || choices.size() > 6) {
			problems.add(FieldProblem.of("choices", "question.choices.count"));
		}
		else if (choices.stream().anyMatch((c) -> c.text().length() > 500)) {
			problems.add(FieldProblem.of("choices", "validation.tooLong", 500));
		}
		if (correct == 0) {
			problems.add(FieldProblem.of("correct", "question.correct.none"));
		}
		else if (!q.multiple() && correct > 1) {
			problems.add(FieldProblem.of("correct", "question.correct.single"));
		}
		return problems;
	}

}
