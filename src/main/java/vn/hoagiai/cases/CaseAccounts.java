package vn.hoagiai.cases;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Viewer;

/**
 * Which mediator a signed-in mediator or team leader is, so that a case opens only to the
 * mediators assigned to it. Accounts without a link are assigned to nothing.
 */
@Component
class CaseAccounts {

	private final JdbcClient jdbc;

	CaseAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> mediatorOf(Viewer viewer) {
		return this.jdbc.sql("select mediator_id from cas_mediator_account where username = :user")
			.param("user", viewer.username())
			.query(Long.class)
			.optional();
	}

	void link(String username, long mediatorId) {
		this.jdbc.sql("delete from cas_mediator_account where username = :user").param("user", username).update();
		this.jdbc.sql("insert into cas_mediator_account (username, mediator_id) values (:user, :mediator)")
			.param("user", username)
			.param("mediator", mediatorId)
			.update();
	}

}
