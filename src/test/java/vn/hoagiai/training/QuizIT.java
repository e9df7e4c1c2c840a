package vn.hoagiai.training;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quizzes on the demo bank: a mediator passes, gets the review and a certificate whose
 * public page shows only name, title and date; another user cannot read the attempt; an
 * officer enters a paper score.
 */
@IntegrationTest
class QuizIT {

	@LocalServerPort
	int port;

	@Autowired
	QuizService quizzes;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void passingMediatorGetsAReviewAndAVerifiableCertificate() {
		long user = user("totruong.demo");
		SignedIn.asUser(user, "totruong.demo", unitOf(user), Role.TEAM_LEADER);
		long quiz = quiz("Kiểm tra kiến thức Luật Hòa giải ở cơ sở");

		long attempt = this.quizzes.start(quiz);
		AttemptView before = this.quizzes.attempt(attempt);
		AttemptView after = this.quizzes.submit(attempt, rightAnswers(attempt));

		assertThat(before.submitted()).isFalse();
		assertThat(before.questions()).hasSize(5)
			.allSatisfy((q) -> assertThat(q.choices()).noneMatch(QuizScoring.ChoiceReview::correct));
		assertThat(after.passed()).isTrue();
		assertThat(after.score()).isEqualTo(5);
		assertThat(after.questions()).allSatisfy((q) -> assertThat(q.explanation()).isNotBlank());
		assertThat(after.certificateCode()).isNotNull();

		HttpResponse<String> page = new HttpSession(this.port).get("/xac-minh/" + after.certificateCode());
		String holder = this.jdbc.sql("select holder_name from trn_certificate where code = :c")
			.param("c", after.certificateCode())
			.query(String.class)
			.single();
		String unit = this.jdbc
			.sql("select u.name from trn_certificate c join org_unit u on u.id = c.unit_id " + "where c.code = :c")
			.param("c", after.certificateCode())
			.query(String.class)
			.single();
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(holder, "Kiểm tra kiến thức Luật Hòa giải ở cơ sở")
			.doesNotContain(unit, "Tổ hòa giải", "Ngày sinh");
		assertThat(new HttpSession(this.port).get("/xac-minh/ABCD-EFGH-JKLM").statusCode()).isEqualTo(404);
	}

	@Test
	void anotherUsersAttemptIsNotFound() {
		long owner = user("totruong.demo");
		SignedIn.asUser(owner, "totruong.demo", unitOf(owner), Role.TEAM_LEADER);
		long attempt = this.quizzes.start(quiz("Ôn tập kỹ năng và pháp luật về hòa giải"));
		long other = user("hgv.demo");
		SignedIn.asUser(other, "hgv.demo", unitOf(other), Role.MEDIATOR);

		assertThatThrownBy(() -> this.quizzes.attempt(attempt)).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void officerEntersAPaperScore() {
		long commune = this.jdbc.sql("select id from org_unit where name = 'Xã Dương Quang'")
			.query(Long.class)
			.single();
		SignedIn.as("tuphap.duongquang", commune, Role.COMMUNE_OFFICER);
		long mediator = this.jdbc.sql(
				"select m.id from med_mediator m join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null "
						+ "where p.parent_id = :c and m.status = 'ACTIVE' order by m.id limit 1")
			.param("c", commune)
			.query(Long.class)
			.single();
		long quiz = quiz("Kiểm tra kiến thức Luật Hòa giải ở cơ sở");

		this.quizzes.enterPaperScore(quiz, mediator, 4);

		assertThat(this.jdbc.sql("select count(*) from trn_certificate where mediator_id = :m")
			.param("m", mediator)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		assertThat(this.quizzes.paper(quiz)).hasSize(5);
	}

	private Map<Long, Set<Long>> rightAnswers(long attempt) {
		Map<Long, Set<Long>> answers = new HashMap<>();
		this.jdbc
			.sql("select c.question_id, c.id from trn_attempt_question q join trn_choice c on c.question_id = "
					+ "q.question_id where q.attempt_id = :a and c.correct = true")
			.param("a", attempt)
			.query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), (k) -> new java.util.HashSet<>())
				.add(rs.getLong(2)))
			.list();
		return answers;
	}

	private long quiz(String title) {
		return this.jdbc.sql("select id from trn_quiz where title = :t").param("t", title).query(Long.class).single();
	}

	private long user(String username) {
		return this.jdbc.sql("select id from idn_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long unitOf(long user) {
		return this.jdbc.sql("select unit_id from idn_user where id = :id")
			.param("id", user)
			.query(Long.class)
			.single();
	}

}
