package vn.hoagiai.plans;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyResultsTests {

	private static final QuestionView NEED = new QuestionView(1, "Nhu cầu tập huấn", QuestionKind.CHOICE,
			List.of("Kỹ năng hòa giải", "Pháp luật đất đai", "Hôn nhân gia đình"));

	private static final QuestionView USEFUL = new QuestionView(2, "Tài liệu hữu ích", QuestionKind.SCALE, List.of());

	private static final QuestionView HARD = new QuestionView(3, "Khó khăn", QuestionKind.TEXT, List.of());

	@Test
	void countsChoicesAndScalesOverallAndPerUnitOnKnownAnswers() {
		List<SurveyResults.Row> rows = List.of(row(10, "Phường Đức Xuân", 1, 0, null),
				row(10, "Phường Đức Xuân", 2, 5, null), row(10, "Phường Đức Xuân", 3, null, "Thiếu kinh phí"),
				row(11, "Phường Đức Xuân", 1, 1, null), row(11, "Phường Đức Xuân", 2, 3, null),
				row(12, "Xã Dương Quang", 1, 1, null), row(12, "Xã Dương Quang", 2, 4, null),
				row(12, "Xã Dương Quang", 3, null, "  "), row(13, "Xã Dương Quang", 1, 7, null));

		SurveyResults results = SurveyResults.of(5, "Khảo sát", List.of(NEED, USEFUL, HARD), rows);

		assertThat(results.responses()).isEqualTo(4);
		assertThat(results.groups()).containsExactly("Phường Đức Xuân", "Xã Dương Quang");
		SurveyResults.QuestionResult need = results.questions().get(0);
		assertThat(need.labels()).containsExactly("Kỹ năng hòa giải", "Pháp luật đất đai", "Hôn nhân gia đình");
		assertThat(need.totals()).containsExactly(1L, 2L, 0L);
		assertThat(need.byGroup()).extracting(SurveyResults.GroupCounts::counts)
			.containsExactly(List.of(1L, 1L, 0L), List.of(0L, 1L, 0L));
		assertThat(need.byGroup()).extracting(SurveyResults.GroupCounts::responses).containsExactly(2, 2);
		SurveyResults.QuestionResult useful = results.questions().get(1);
		assertThat(useful.totals()).containsExactly(0L, 0L, 1L, 1L, 1L);
		assertThat(useful.mean()).isEqualTo(4.0);
		assertThat(useful.byGroup()).extracting(SurveyResults.GroupCounts::mean).containsExactly(4.0, 4.0);
		assertThat(results.questions().get(2).texts()).containsExactly("Thiếu kinh phí");
	}

	@Test
	void noAnswersGiveZeroCountsAndNoMean() {
		SurveyResults results = SurveyResults.of(5, "Khảo sát", List.of(NEED, USEFUL), List.of());
		assertThat(results.responses()).isZero();
		assertThat(results.questions().get(0).totals()).containsExactly(0L, 0L, 0L);
		assertThat(results.questions().get(1).mean()).isNull();
	}

	private static SurveyResults.Row row(long response, String group, long question, Integer choice, String text) {
		return new SurveyResults.Row(response, group, question, choice, text);
	}

}
