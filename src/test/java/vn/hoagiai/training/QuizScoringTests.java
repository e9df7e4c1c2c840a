package vn.hoagiai.training;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizScoringTests {

	@Test
	void multipleChoiceCountsOnlyWhenExactlyTheRightAnswersAreChosen() {
		Map<Long, Set<Long>> correct = Map.of(1L, Set.of(11L), 2L, Set.of(21L, 23L), 3L, Set.of(31L), 4L,
				Set.of(41L, 42L));
		Map<Long, Set<Long>> chosen = Map.of(1L, Set.of(11L), 2L, Set.of(21L, 23L), 3L, Set.of(31L, 32L), 4L,
				Set.of(41L));

		QuizScoring.Score score = QuizScoring.score(correct, chosen, 60);

		assertThat(score.right()).isEqualTo(2);
		assertThat(score.total()).isEqualTo(4);
		assertThat(score.percent()).isEqualTo(50);
		assertThat(score.passed()).isFalse();
	}

	@Test
	void unansweredQuestionsAreWrongAndThePassMarkIsInclusive() {
		Map<Long, Set<Long>> correct = Map.of(1L, Set.of(11L), 2L, Set.of(21L), 3L, Set.of(31L), 4L, Set.of(41L), 5L,
				Set.of(51L));

		QuizScoring.Score score = QuizScoring.score(correct, Map.of(1L, Set.of(11L), 2L, Set.of(21L), 3L, Set.of(31L)),
				60);

		assertThat(score.right()).isEqualTo(3);
		assertThat(score.passed()).isTrue();
	}

	@Test
	void paperScoresUseTheSamePassMark() {
		assertThat(QuizScoring.of(6, 10, 70).passed()).isFalse();
		assertThat(QuizScoring.of(7, 10, 70).passed()).isTrue();
		assertThat(QuizScoring.of(0, 0, 70).passed()).isFalse();
	}

	@Test
	void questionsNeedTwoToSixChoicesAndTheRightNumberOfCorrectOnes() {
		NewQuestion single = new NewQuestion("Luật", "Câu hỏi?", false, null,
				List.of(new NewQuestion.NewChoice("A", true), new NewQuestion.NewChoice("B", true)));
		NewQuestion none = new NewQuestion("Luật", "Câu hỏi?", true, null,
				List.of(new NewQuestion.NewChoice("A", false)));

		assertThat(QuestionRules.check(single)).extracting("messageKey").containsExactly("question.correct.single");
		assertThat(QuestionRules.check(none)).extracting("messageKey")
			.containsExactly("question.choices.count", "question.correct.none");
	}

}
