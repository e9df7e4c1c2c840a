package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Viewer;

/**
 * Which mediator of the register a sign-in account is, so that what they open and the
 * quizzes they take are counted for that mediator.
 */
@Component
class Learners {

	private final JdbcClient jdbc;

	Learners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The signed-in viewer's mediator, if the account is linked to one. */
	Optional<Long> current() {
		return CurrentViewer.find().map(Viewer::userId).flatMap(this::mediatorOf);
	}

	Optional<Long> mediatorOf(long userId) {
		return this.jdbc.sql("select mediator_id from trn_learner where user_id = :u")
			.param("u", userId)
			.query(Long.class)
			.optional();
	}

	/** Links an account to a mediator, replacing an earlier link. */
	void link(long userId, long mediatorId) {
		this.jdbc.sql("delete from trn_learner where user_id = :u").param("u", userId).update();
		this.jdbc.sql("insert into trn_learner (user_id, mediator_id, created_at) values (:u, :m, :t)")
			.param("u", userId)
			.param("m", mediatorId)
			.param("t", Timestamp.from(Instant.now()))
			.update();
	}

}
