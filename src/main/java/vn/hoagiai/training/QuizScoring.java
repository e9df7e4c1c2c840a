package vn.hoagiai.training;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an attempt: a question counts when the chosen answers are exactly its correct
 * answers (for a multiple-choice question, all of them and nothing else). Passed when the
 * percentage of correct questions reaches the pass mark.
 */
public final class QuizScoring {

	private QuizScoring() {
	}

	/**
	 * @param correct for each question drawn, its correct choices
	 * @param chosen for each question, the choices selected (missing = unanswered)
	 */
	public static Score score(Map<Long, Set<Long>> correct, Map<Long, Set<Long>> chosen, int passPercent) {
		int right = 0;
		for (Map.Entry<Long, Set<Long>> question : correct.entrySet()) {
			if (question.getValue().equals(chosen.getOrDefault(question.getKey(), Set.of()))) {
				right++;
			}
		}
		return of(right, correct.size(), passPercent);
	}

	/** A score entered from a paper test: {@code right} of {@code total}. */
	public static Score of(int right, int total, int passPercent) {
		return new Score(right, total, total > 0 && right * 100 >= passPercent * total);
	}

	/** The number of questions right, of how many, and whether that passes. */
	public record Score(int right, int total, boolean passed) {

		public int percent() {
			return (this.total == 0) ? 0 : Math.round(100f * this.right / this.total);
		}

	}

	/** A question of an attempt as reviewed after submitting. */
	public record Review(long questionId, String text, boolean multiple, String explanation, List<ChoiceReview> choices,
			boolean right) {
	}

	/** A choice as reviewed: whether it is correct and whether it was chosen. */
	public record ChoiceReview(long choiceId, String text, boolean correct, boolean chosen) {
	}

}
