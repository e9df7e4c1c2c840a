package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * The question bank, quizzes and attempts in SQL.
 */
@Component
class QuizBank {

	private final JdbcClient jdbc;

	QuizBank(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuizRow> quizzes(long userId) {
		return this.jdbc
			.sql("""
					select q.id, q.title, q.topic, q.question_count, q.pass_percent,
					  (select count(*) from trn_question b where b.withdrawn = false and (q.topic is null or b.topic = q.topic)) as available,
					  (select max(a.score * 100 / a.total) from trn_attempt a where a.quiz_id = q.id and a.user_id = :u
					    and a.submitted_at is not null) as best
					from trn_quiz q order by q.title, q.id""")
			.param("u", userId)
			.query((rs, n) -> {
				int best = rs.getInt("best");
				Integer bestValue = rs.wasNull() ? null : best;
				return new QuizRow(rs.getLong("id"), rs.getString("title"), rs.getString("topic"),
						rs.getInt("question_count"), rs.getInt("pass_percent"), rs.getLong("available"), bestValue);
			})
			.list();
	}

	Quiz quiz(long id) {
		return this.jdbc.sql("select id, title, topic, question_count, pass_percent from trn_quiz where id = :id")
			.param("id", id)
			.query((rs, n) -> new Quiz(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
			.optional()
			.orElseThrow(() -> new RecordNotFound(QuizService.RECORD, id));
	}

	long insertQuiz(String title, String topic, int count, int pass, UnitId unit) {
		KeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("insert into trn_quiz (title, topic, question_count, pass_percent, unit_id, created_at, updated_at) "
					+ "values (:title, :topic, :count, :pass, :unit, :now, :now)")
			.param("title", title)
			.param("topic", topic)
			.param("count", count)
			.param("pass", pass)
			.param("unit", unit.value())
			.param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	long insertQuestion(NewQuestion q, UnitId unit) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into trn_question (topic, text, multiple, explanation, unit_id, created_at) "
					+ "values (:topic, :text, :multiple, :explanation, :unit, :now)")
			.param("topic", VietnameseText.clean(q.topic()))
			.param("text", VietnameseText.clean(q.text()))
			.param("multiple", q.multiple())
			.param("explanation", VietnameseText.clean(q.explanation()))
			.param("unit", unit.value())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		int position = 0;
		for (NewQuestion.NewChoice choice : q.choices()) {
			if (choice.text() == null || choice.text().isBlank()) {
				continue;
			}
			this.jdbc.sql("insert into trn_choice (question_id, position, text, correct) values (:q, :p, :t, :c)")
				.param("q", id)
				.param("p", position++)
				.param("t", VietnameseText.clean(choice.text()))
				.param("c", choice.correct())
				.update();
		}
		return id;
	}

	List<Long> questionIds(String topic) {
		return this.jdbc
			.sql("select id from trn_question where withdrawn = false" + ((topic != null) ? " and topic = :topic" : "")
					+ " order by id")
			.params((topic != null) ? Map.of("topic", topic) : Map.of())
			.query(Long.class)
			.list();
	}

	long insertAttempt(long quizId, Long mediatorId, long userId, List<Long> questions) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into trn_attempt (quiz_id, mediator_id, user_id, started_at, total) "
					+ "values (:quiz, :m, :u, :now, :total)")
			.param("quiz", quizId)
			.param("m", mediatorId)
			.param("u", userId)
			.param("now", Timestamp.from(Instant.now()))
			.param("total", questions.size())
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < questions.size(); i++) {
			this.jdbc.sql("insert into trn_attempt_question (attempt_id, position, question_id) values (:a, :p, :q)")
				.param("a", id)
				.param("p", i)
				.param("q", questions.get(i))
				.update();
		}
		return id;
	}

	long insertPaperAttempt(long quizId, long mediatorId, QuizScoring.Score score, String enteredBy) {
		KeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("insert into trn_attempt (quiz_id, mediator_id, started_at, submitted_at, score, total, passed, "
					+ "paper, entered_by) values (:quiz, :m, :now, :now, :score, :total, :passed, true, :by)")
			.param("quiz", quizId)
			.param("m", mediatorId)
			.param("now", now)
			.param("score", score.right())
			.param("total", score.total())
			.param("passed", score.passed())
			.param("by", enteredBy)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Attempt attempt(long id) {
		return this.jdbc.sql(
				"select quiz_id, mediator_id, user_id, started_at, submitted_at, score, total, passed from trn_attempt "
						+ "where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				long mediator = rs.getLong("mediator_id");
				Long mediatorId = rs.wasNull() ? null : mediator;
				long user = rs.getLong("user_id");
				Long userId = rs.wasNull() ? null : user;
				Timestamp submitted = rs.getTimestamp("submitted_at");
				int score = rs.getInt("score");
				Integer scoreValue = rs.wasNull() ? null : score;
				boolean passed = rs.getBoolean("passed");
				Boolean passedValue = rs.wasNull() ? null : passed;
				return new Attempt(rs.getLong("quiz_id"), mediatorId, userId, rs.getTimestamp("started_at").toInstant(),
						(submitted != null) ? submitted.toInstant() : null, scoreValue, rs.getInt("total"),
						passedValue);
			})
			.optional()
			.orElseThrow(() -> new RecordNotFound("QuizAttempt", id));
	}

	/** Question id → its correct choice ids, for the questions drawn in an attempt. */
	Map<Long, Set<Long>> correctChoices(long attemptId) {
		Map<Long, Set<Long>> correct = new LinkedHashMap<>();
		this.jdbc.sql("select aq.question_id, c.id, c.correct from trn_attempt_question aq "
				+ "join trn_choice c on c.question_id = aq.question_id where aq.attempt_id = :a order by aq.position")
			.param("a", attemptId)
			.query((rs, n) -> {
				Set<Long> set = correct.computeIfAbsent(rs.getLong(1), (k) -> new java.util.HashSet<>());
				if (rs.getBoolean(3)) {
					set.add(rs.getLong(2));
				}
				return null;
			})
			.list();
		return correct;
	}

	Set<Long> validChoices(long questionId, Collection<Long> chosen) {
		if (chosen == null || chosen.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select id from trn_choice where question_id = :q and id in (:ids)")
			.param("q", questionId)
			.param("ids", chosen)
			.query(Long.class)
			.list());
	}

	Map<Long, Set<Long>> answers(long attemptId) {
		return this.jdbc.sql("select question_id, choice_id from trn_attempt_answer where attempt_id = :a")
			.param("a", attemptId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	void saveAnswers(long attemptId, Map<Long, Set<Long>> answers) {
		answers.forEach((question,
				choices) -> choices.forEach((choice) -> this.jdbc
					.sql("insert into trn_attempt_answer (attempt_id, question_id, choice_id) values (:a, :q, :c)")
					.param("a", attemptId)
					.param("q", question)
					.param("c", choice)
					.update()));
	}

	void finish(long attemptId, QuizScoring.Score score, Instant at) {
		this.jdbc.sql("update trn_attempt set submitted_at = :t, score = :s, passed = :p where id = :a")
			.param("t", Timestamp.from(at))
			.param("s", score.right())
			.param("p", score.passed())
			.param("a", attemptId)
			.update();
	}

	/** The attempt's questions in order; answers and explanations only when revealed. */
	List<QuizScoring.Review> review(long attemptId, Map<Long, Set<Long>> chosen, boolean reveal) {
		List<Long> ids = this.jdbc
			.sql("select question_id from trn_attempt_question where attempt_id = :a order by position")
			.param("a", attemptId)
			.query(Long.class)
			.list();
		List<QuizScoring.Review> reviews = new ArrayList<>();
		for (QuizScoring.Review q : questions(ids)) {
			Set<Long> mine = chosen.getOrDefault(q.questionId(), Set.of());
			List<QuizScoring.ChoiceReview> choices = q.choices()
				.stream()
				.map((c) -> new QuizScoring.ChoiceReview(c.choiceId(), c.text(), reveal && c.correct(),
						mine.contains(c.choiceId())))
				.toList();
			Set<Long> correct = q.choices()
				.stream()
				.filter(QuizScoring.ChoiceReview::correct)
				.map(QuizScoring.ChoiceReview::choiceId)
				.collect(Collectors.toSet());
			reviews.add(new QuizScoring.Review(q.questionId(), q.text(), q.multiple(), reveal ? q.explanation() : null,
					choices, reveal && correct.equals(mine)));
		}
		return reviews;
	}

	/** Questions with their choices (correctness included), in the order given. */
	List<QuizScoring.Review> questions(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<QuizScoring.ChoiceReview>> choices = new HashMap<>();
		this.jdbc
			.sql("select question_id, id, text, correct from trn_choice where question_id in (:ids) "
					+ "order by question_id, position")
			.param("ids", ids)
			.query((rs, n) -> choices.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new QuizScoring.ChoiceReview(rs.getLong(2), rs.getString(3), rs.getBoolean(4), false)))
			.list();
		Map<Long, QuizScoring.Review> byId = new HashMap<>();
		this.jdbc.sql("select id, text, multiple, explanation from trn_question where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> byId.put(rs.getLong(1),
					new QuizScoring.Review(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
							choices.getOrDefault(rs.getLong(1), List.of()), false)))
			.list();
		return ids.stream().map(byId::get).toList();
	}

	List<MediatorTraining.QuizResult> resultsOf(long mediatorId) {
		return this.jdbc.sql("""
				select q.title, a.score, a.total, a.passed, a.paper, a.submitted_at from trn_attempt a
				join trn_quiz q on q.id = a.quiz_id where a.mediator_id = :m and a.submitted_at is not null
				order by a.submitted_at desc""")
			.param("m", mediatorId)
			.query((rs, n) -> new MediatorTraining.QuizResult(rs.getString(1), rs.getInt(2), rs.getInt(3),
					rs.getBoolean(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	record Quiz(long id, String title, String topic, int questionCount, int passPercent) {
	}

	record Attempt(long quizId, Long mediatorId, Long userId, Instant startedAt, Instant submittedAt, Integer score,
			int total, Boolean passed) {
	}

}
