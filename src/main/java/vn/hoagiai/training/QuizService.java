package vn.hoagiai.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.VietnameseText;

/**
 * Quizzes for self-study: the question bank, quizzes drawn from it, attempts with score,
 * time and review, the paper version and scores entered by an officer. Passing issues a
 * certificate to a mediator.
 */
@Service
@Transactional(readOnly = true)
public class QuizService {

	static final String RECORD = "Quiz";

	private final JdbcClient jdbc;

	private final QuizBank bank;

	private final Learners learners;

	private final Certificates certificates;

	private final MediatorDirectory mediators;

	private final UnitScope scope;

	private final AuditTrail audit;

	QuizService(JdbcClient jdbc, QuizBank bank, Learners learners, Certificates certificates,
			MediatorDirectory mediators, UnitScope scope, AuditTrail audit) {
		this.jdbc = jdbc;
		this.bank = bank;
		this.learners = learners;
		this.certificates = certificates;
		this.mediators = mediators;
		this.scope = scope;
		this.audit = audit;
	}

	public List<QuizRow> quizzes() {
		return this.bank.quizzes(CurrentViewer.require().userId());
	}

	@Transactional
	@PreAuthorize(TrainingEventService.WRITERS)
	public long createQuiz(String title, String topic, Integer questionCount, Integer passPercent) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank() || title.length() > 300) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		if (questionCount == null || questionCount < 1 || questionCount > 100) {
			problems.add(FieldProblem.of("questionCount", "quiz.questionCount.range"));
		}
		if (passPercent == null || passPercent < 1 || passPercent > 100) {
			problems.add(FieldProblem.of("passPercent", "quiz.passPercent.range"));
		}
		InvalidInput.throwIfAny(problems);
		UnitId unit = CurrentViewer.require().unitId();
		long id = this.bank.insertQuiz(VietnameseText.clean(title), blankToNull(topic), questionCount, passPercent,
				unit);
		this.audit.created(RECORD, id, unit, Changes.of("title", null, title).field("topic", null, topic));
		return id;
	}

	/** Adds questions to the bank: every one is checked first; all or none are saved. */
	@Transactional
	@PreAuthorize(TrainingEventService.WRITERS)
	public int addQuestions(List<NewQuestion> questions) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			String prefix = (questions.size() > 1) ? "questions[" + i + "]." : "";
			QuestionRules.check(questions.get(i))
				.forEach((p) -> problems.add(FieldProblem.of(prefix + p.field(), p.messageKey(), p.argsArray())));
		}
		InvalidInput.throwIfAny(problems);
		UnitId unit = CurrentViewer.require().unitId();
		for (NewQuestion q : questions) {
			long id = this.bank.insertQuestion(q, unit);
			this.audit.created("Question", id, unit, Changes.of("topic", null, q.topic()));
		}
		return questions.size();
	}

	/** Starts an attempt: draws the quiz's questions at random from the bank. */
	@Transactional
	public long start(long quizId) {
		QuizBank.Quiz quiz = this.bank.quiz(quizId);
		List<Long> pool = new ArrayList<>(this.bank.questionIds(quiz.topic()));
		if (pool.isEmpty()) {
			throw new InvalidInput(List.of(FieldProblem.of("quiz", "quiz.noQuestions")));
		}
		Collections.shuffle(pool, new Random());
		List<Long> drawn = pool.subList(0, Math.min(quiz.questionCount(), pool.size()));
		Viewer viewer = CurrentViewer.require();
		return this.bank.insertAttempt(quizId, this.learners.current().orElse(null), viewer.userId(), drawn);
	}

	public AttemptView attempt(long attemptId) {
		QuizBank.Attempt attempt = ownAttempt(attemptId);
		QuizBank.Quiz quiz = this.bank.quiz(attempt.quizId());
		Map<Long, Set<Long>> chosen = this.bank.answers(attemptId);
		List<QuizScoring.Review> questions = this.bank.review(attemptId, chosen, attempt.submittedAt() != null);
		Duration duration = (attempt.submittedAt() != null)
				? Duration.between(attempt.startedAt(), attempt.submittedAt()) : null;
		return new AttemptView(attemptId, quiz.id(), quiz.title(), quiz.passPercent(), attempt.submittedAt() != null,
				questions, attempt.score(), attempt.total(), attempt.passed(), duration,
				this.certificates.forAttempt(attemptId).orElse(null));
	}

	/** Scores the answers; a passing mediator receives a certificate. */
	@Transactional
	public AttemptView submit(long attemptId, Map<Long, Set<Long>> answers) {
		QuizBank.Attempt attempt = ownAttempt(attemptId);
		if (attempt.submittedAt() != null) {
			return attempt(attemptId);
		}
		QuizBank.Quiz quiz = this.bank.quiz(attempt.quizId());
		Map<Long, Set<Long>> correct = this.bank.correctChoices(attemptId);
		Map<Long, Set<Long>> kept = new HashMap<>();
		answers.forEach((question, choices) -> {
			if (correct.containsKey(question)) {
				kept.put(question, this.bank.validChoices(question, choices));
			}
		});
		QuizScoring.Score score = QuizScoring.score(correct, kept, quiz.passPercent());
		this.bank.saveAnswers(attemptId, kept);
		this.bank.finish(attemptId, score, Instant.now());
		if (score.passed() && attempt.mediatorId() != null) {
			issue(attempt.mediatorId(), quiz, attemptId);
		}
		return attempt(attemptId);
	}

	/**
	 * The paper version: the same questions for every print of the quiz, with the key.
	 */
	public List<QuizScoring.Review> paper(long quizId) {
		QuizBank.Quiz quiz = this.bank.quiz(quizId);
		List<Long> pool = new ArrayList<>(this.bank.questionIds(quiz.topic()));
		Collections.shuffle(pool, new Random(quizId));
		List<Long> drawn = pool.subList(0, Math.min(quiz.questionCount(), pool.size()));
		return this.bank.questions(drawn);
	}

	/** Records the score of a paper test taken by a mediator of the officer's scope. */
	@Transactional
	@PreAuthorize(TrainingEventService.WRITERS)
	public long enterPaperScore(long quizId, Long mediatorId, Integer right) {
		QuizBank.Quiz quiz = this.bank.quiz(quizId);
		List<FieldProblem> problems = new ArrayList<>();
		MediatorDirectory.Person person = (mediatorId != null)
				? this.mediators.byIds(List.of(mediatorId)).get(mediatorId) : null;
		if (person == null || !this.scope.visibleUnits().contains(person.unitId())) {
			problems.add(FieldProblem.of("mediatorId", "attendance.mediatorUnknown"));
		}
		if (right == null || right < 0 || right > quiz.questionCount()) {
			problems.add(FieldProblem.of("score", "quiz.score.range", quiz.questionCount()));
		}
		InvalidInput.throwIfAny(problems);
		QuizScoring.Score score = QuizScoring.of(right, quiz.questionCount(), quiz.passPercent());
		long attempt = this.bank.insertPaperAttempt(quizId, mediatorId, score, CurrentViewer.require().username());
		this.audit.created("QuizAttempt", attempt, person.unitId(),
				Changes.of("quiz", null, quizId).field("score", null, right + "/" + quiz.questionCount()));
		if (score.passed()) {
			issue(mediatorId, quiz, attempt);
		}
		return attempt;
	}

	private void issue(long mediatorId, QuizBank.Quiz quiz, long attemptId) {
		MediatorDirectory.Person person = this.mediators.byIds(List.of(mediatorId)).get(mediatorId);
		this.certificates.issue(mediatorId, person.fullName(), quiz.title(), LocalDate.now(), attemptId, null,
				person.unitId());
	}

	/** The attempt of the signed-in user; anyone else's answers as a missing one. */
	private QuizBank.Attempt ownAttempt(long attemptId) {
		QuizBank.Attempt attempt = this.bank.attempt(attemptId);
		if (attempt.userId() == null || attempt.userId() != CurrentViewer.require().userId()) {
			throw new RecordNotFound("QuizAttempt", attemptId);
		}
		return attempt;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : VietnameseText.clean(text);
	}

}
