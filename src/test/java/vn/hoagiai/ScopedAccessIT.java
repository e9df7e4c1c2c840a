package vn.hoagiai;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer sees their commune and what lies below it, never a sibling's: another
 * commune's id answers exactly like a missing one, and the attempt is audited.
 */
@IntegrationTest
class ScopedAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerOfOtherCommuneGets404AndTheAttemptIsAudited() {
		long duongQuang = unitId("Xã Dương Quang");
		HttpSession ducXuan = signedIn("tuphap.ducxuan");

		HttpResponse<String> foreign = ducXuan.getJson("/api/v1/units/" + duongQuang);
		HttpResponse<String> missing = ducXuan.getJson("/api/v1/units/987654321");

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(stripVariable(foreign.body(), duongQuang)).isEqualTo(stripVariable(missing.body(), 987654321L));
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where action = 'DENIED' and username = 'tuphap.ducxuan' "
					+ "and record_id = :id")
			.param("id", Long.toString(duongQuang))
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void officerOfOtherCommuneGets404OnThePageToo() {
		long duongQuang = unitId("Xã Dương Quang");
		HttpSession ducXuan = signedIn("tuphap.ducxuan");

		HttpResponse<String> page = ducXuan.get("/units/" + duongQuang);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Dương Quang");
	}

	@Test
	void officerSeesOwnCommuneAndItsVillages() {
		HttpSession ducXuan = signedIn("tuphap.ducxuan");

		HttpResponse<String> units = ducXuan.getJson("/api/v1/units");
		HttpResponse<String> me = ducXuan.getJson("/api/v1/me");

		assertThat(units.statusCode()).isEqualTo(200);
		assertThat(units.body()).contains("Phường Đức Xuân", "Tổ dân phố 1").doesNotContain("Dương Quang");
		assertThat(me.body()).contains("\"username\":\"tuphap.ducxuan\"", "Phường Đức Xuân", "COMMUNE_OFFICER");
	}

	@Test
	void provinceOfficerSeesTheMergedProvincesUnits() {
		HttpSession province = signedIn("sotuphap");

		HttpResponse<String> units = province.getJson("/api/v1/units");

		assertThat(units.body()).contains("Phường Đức Xuân", "Xã Dương Quang", "Xã Nông Thượng");
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

	private long unitId(String name) {
		return this.jdbc.sql("select id from org_unit where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private static String stripVariable(String body, long id) {
		return body.replace(Long.toString(id), "ID").replaceAll("\"correlationId\":\"[^\"]*\"", "");
	}

}
