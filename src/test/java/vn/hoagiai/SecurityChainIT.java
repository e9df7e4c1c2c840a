package vn.hoagiai;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security chain as a browser meets it: lockout, CSRF, headers, open and closed
 * operational endpoints.
 */
@IntegrationTest
class SecurityChainIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSessionStoreHasItsOwnTransactionsWhileTheApplicationKeepsItsJpaOnes() {
		assertThat(this.context.getBean("springSessionTransactionOperations")).isNotSameAs(this.transactions);
		assertThat(this.transactions.getTransactionManager()).isInstanceOf(JpaTransactionManager.class);
	}

	@Test
	void aSignInIsStoredInTheSessionsSmallForm() {
		HttpSession officer = new HttpSession(this.port);
		officer.signIn("tuphap.ducxuan", Deployment.DEMO_PASSWORD);
		byte[] stored = this.jdbc
			.sql("select a.attribute_bytes from spring_session_attributes a "
					+ "join spring_session s on s.primary_id = a.session_primary_id "
					+ "where s.principal_name = 'tuphap.ducxuan' and a.attribute_name = 'SPRING_SECURITY_CONTEXT' "
					+ "order by s.creation_time desc limit 1")
			.query(byte[].class)
			.single();

		assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("HGSC");
		assertThat(officer.getJson("/api/v1/me").body()).contains("\"username\":\"tuphap.ducxuan\"");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
		HttpSession attacker = new HttpSession(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.signIn("tuphap.duongquang", "wrong password " + i)).endsWith("/login?error");
		}

		assertThat(new HttpSession(this.port).signIn("tuphap.duongquang", Deployment.DEMO_PASSWORD))
			.endsWith("/login?error");

		this.jdbc.sql("delete from idn_login_attempt where username = 'tuphap.duongquang'").update();
		assertThat(new HttpSession(this.port).signIn("tuphap.duongquang", Deployment.DEMO_PASSWORD)).endsWith("/");
	}

	@Test
	void unknownAccountsGetTheSameAnswerAsLockedOnes() {
		HttpSession client = new HttpSession(this.port);

		String unknown = client.signIn("nobody-here", "whatever whatever");
		HttpResponse<String> page = client.get("/login?error");

		assertThat(unknown).endsWith("/login?error");
		assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	@Test
	void pagesOfASignedInUserDoNotRewriteTheSessionRowEachTime() {
		HttpSession admin = new HttpSession(this.port);
		admin.signIn("admin", Deployment.DEMO_PASSWORD);
		String session = this.jdbc.sql(
				"select primary_id from spring_session where principal_name = 'admin' order by creation_time desc limit 1")
			.query(String.class)
			.single();
		long earlier = System.currentTimeMillis() - 20_000;
		setLastAccess(session, earlier);

		assertThat(admin.get("/").statusCode()).isEqualTo(200);
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).isEqualTo(earlier);

		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		setLastAccess(session, twoMinutesAgo);
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).isGreaterThan(twoMinutesAgo + 100_000);
	}

	private void setLastAccess(String session, long millis) {
		this.jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where primary_id = ?")
			.params(millis, millis + 1_800_000, session)
			.update();
	}

	private long lastAccess(String session) {
		return this.jdbc.sql("select last_access_time from spring_session where primary_id = ?")
			.param(session)
			.query(Long.class)
			.single();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		HttpSession session = new HttpSession(this.port);
		session.signIn("mttq", Deployment.DEMO_PASSWORD);

		assertThat(session.postWithoutCsrf("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(session.post("/logout", Map.of()).statusCode()).isEqualTo(302);
	}

	@Test
	void pagesCarryStrictSecurityHeaders() {
		HttpResponse<String> login = new HttpSession(this.port).get("/login");

		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe"));
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).isPresent();
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		assertThat(login.headers().firstValue("X-Correlation-Id")).isPresent();
	}

	@Test
	void healthProbesAreOpenAndOtherEndpointsNeedAnAdministrator() {
		HttpSession anonymous = new HttpSession(this.port);
		HttpSession officer = new HttpSession(this.port);
		officer.signIn("tuphap.ducxuan", Deployment.DEMO_PASSWORD);
		HttpSession admin = new HttpSession(this.port);
		admin.signIn("admin", Deployment.DEMO_PASSWORD);

		assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/readiness").body()).contains("UP");
		assertThat(anonymous.get("/actuator/metrics").statusCode()).isEqualTo(302);
		assertThat(officer.get("/actuator/metrics").statusCode()).isEqualTo(403);
		assertThat(admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void errorPagesAreVietnameseWithACorrelationIdAndNoStackTrace() {
		HttpSession officer = new HttpSession(this.port);
		officer.signIn("tuphap.ducxuan", Deployment.DEMO_PASSWORD);

		HttpResponse<String> missing = officer.get("/no-such-page");
		HttpResponse<String> fragment = officer
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(officer.url("/units/987654321")))
				.header("HX-Request", "true"));

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy", "Mã tra cứu lỗi").doesNotContain("Exception", "at vn.");
		assertThat(fragment.statusCode()).isEqualTo(404);
		assertThat(fragment.body()).contains("alert").doesNotContain("<html");
	}

}
