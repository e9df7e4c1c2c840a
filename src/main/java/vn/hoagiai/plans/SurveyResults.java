package vn.hoagiai.plans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A survey's answers counted per question, overall and per group of units (the units
 * directly below the survey's unit): option counts for a choice, counts and mean for a
 * 1-5 scale, the texts for a text question. Answers outside a question's options are not
 * counted.
 */
public record SurveyResults(long surveyId, String title, int responses, List<String> groups,
		List<QuestionResult> questions) {

	static final int SCALE_MAX = 5;

	static final int MAX_TEXTS = 100;

	/** One question's counts: {@code totals} follows {@code labels}. */
	public record QuestionResult(QuestionView question, List<String> labels, List<Long> totals, Double mean,
			List<GroupCounts> byGroup, List<String> texts) {

	}

	/** One group's responses, counts (following the labels) and mean. */
	public record GroupCounts(String group, int responses, List<Long> counts, Double mean) {

	}

	/** One answer, with its response and the group of the response's unit. */
	record Row(long responseId, String group, long questionId, Integer choice, String text) {

	}

	static SurveyResults of(long surveyId, String title, List<QuestionView> questions, List<Row> rows) {
		Set<Long> all = new HashSet<>();
		Map<String, Set<Long>> responsesByGroup = new LinkedHashMap<>();
		for (Row row : rows) {
			all.add(row.responseId());
			responsesByGroup.computeIfAbsent(row.group(), (g) -> new HashSet<>()).add(row.responseId());
		}
		List<String> groups = new ArrayList<>(new TreeSet<>(responsesByGroup.keySet()));
		List<QuestionResult> results = new ArrayList<>();
		for (QuestionView question : questions) {
			List<Row> answers = rows.stream().filter((r) -> r.questionId() == question.id()).toList();
			List<String> labels = labels(question);
			List<GroupCounts> byGroup = new ArrayList<>();
			for (String group : groups) {
				List<Row> mine = answers.stream().filter((r) -> r.group().equals(group)).toList();
				byGroup.add(new GroupCounts(group, responsesByGroup.get(group).size(),
						counts(question, mine, labels.size()), mean(question, mine)));
			}
			List<String> texts = (question.kind() == QuestionKind.TEXT)
					? answers.stream().map(Row::text).filter((t) -> t != null && !t.isBlank()).limit(MAX_TEXTS).toList()
					: List.of();
			results.add(new QuestionResult(question, labels, counts(question, answers, labels.size()),
					mean(question, answers), byGroup, texts));
		}
		return new SurveyResults(surveyId, title, all.size(), groups, results);
	}

	private static List<String> labels(QuestionView question) {
		return switch (question.kind()) {
			case CHOICE -> question.options();
			case SCALE -> List.of("1", "2", "3", "4", "5");
			case TEXT -> List.of();
		};
	}

	/** Counts per label; a scale answer k (1-5) counts at index k - 1. */
	private static List<Long> counts(QuestionView question, List<Row> answers, int size) {
		long[] counts = new long[size];
		for (Row row : answers) {
			Integer index = index(question, row);
			if (index != null && index >= 0 && index < size) {
				counts[index]++;
			}
		}
		List<Long> list = new ArrayList<>();
		for (long c : counts) {
			list.add(c);
		}
		return list;
	}

	private static Integer index(QuestionView question, Row row) {
		if (row.choice() == null) {
			return null;
		}
		return (question.kind() == QuestionKind.SCALE) ? row.choice() - 1 : row.choice();
	}

	private static Double mean(QuestionView question, List<Row> answers) {
		if (question.kind() != QuestionKind.SCALE) {
			return null;
		}
		List<Integer> values = answers.stream()
			.map(Row::choice)
			.filter((c) -> c != null && c >= 1 && c <= SCALE_MAX)
			.toList();
		return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}

}
