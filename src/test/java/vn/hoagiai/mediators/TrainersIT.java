package vn.hoagiai.mediators;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainers on the demo data: scope, accent-free search, the target after Bắc Kạn merged
 * into Thái Nguyên, and the forms.
 */
@IntegrationTest
class TrainersIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void provinceOfficerFindsProvinceAndFormerDistrictTrainersWithoutAccents() {
		HttpSession officer = signedIn("sotuphap");

		HttpResponse<String> province = officer.getJson("/api/v1/trainers?q=NGUYEN%20THI%20THU");
		HttpResponse<String> district = officer.getJson("/api/v1/trainers?q=hoang%20thi%20huong&level=DISTRICT");

		assertThat(province.statusCode()).isEqualTo(200);
		assertThat(province.body()).contains("Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Thái Nguyên");
		assertThat(district.body()).contains("Hoàng Thị Hường", "Thành phố Bắc Kạn", "Phòng Tư pháp");
	}

	@Test
	void ratioCountsEveryActiveTeamAndTrainerOfTheMergedProvince() {
		HttpSession officer = signedIn("sotuphap");

		HttpResponse<String> ratio = officer.getJson("/api/v1/trainers/ratio");

		assertThat(ratio.statusCode()).isEqualTo(200);
		assertThat(ratio.body()).contains("\"teams\":" + count("select count(*) from med_team where status = 'ACTIVE'"),
				"\"provinceTrainers\":"
						+ count("select count(*) from med_trainer where active = true and level = 'PROVINCE'"),
				"\"districtTrainers\":"
						+ count("select count(*) from med_trainer where active = true and level = 'DISTRICT'"),
				"\"status\":");
	}

	@Test
	void communeOfficerGets404ForAProvinceTrainer() {
		long trainer = count("select min(id) from med_trainer where level = 'PROVINCE'");

		assertThat(signedIn("tuphap.ducxuan").getJson("/api/v1/trainers/" + trainer).statusCode()).isEqualTo(404);
		assertThat(signedIn("mttq").getJson("/api/v1/trainers/" + trainer).statusCode()).isEqualTo(200);
	}

	@Test
	void officerRegistersAndDeactivatesATrainerAndACommuneIsRefused() {
		HttpSession officer = signedIn("sotuphap");
		long province = count("select id from org_unit where name = 'Tỉnh Thái Nguyên'");
		long ward = count("select min(id) from org_unit where type = 'WARD'");
		assertThat(officer.get("/trainers").body()).contains("input changed delay:400ms", "Tổ hòa giải đang hoạt động");

		HttpResponse<String> refused = officer.post("/trainers/new", Map.of("unitId", Long.toString(ward), "fullName",
				"Lý Văn Khánh", "agencyName", "Đoàn Luật sư", "background", "LAWYER", "level", "PROVINCE"));
		HttpResponse<String> created = officer.post("/trainers/new",
				Map.of("unitId", Long.toString(province), "fullName", "Lý Văn Khánh", "agencyName",
						"Đoàn Luật sư tỉnh Thái Nguyên", "background", "LAWYER", "level", "PROVINCE"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Tập huấn viên phải thuộc đơn vị cấp tỉnh hoặc cấp huyện.");
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(officer.post("/trainers/" + id + "/deactivate", Map.of("version", "0")).statusCode()).isEqualTo(302);
		assertThat(officer.post("/trainers/" + id + "/reactivate", Map.of("version", "0")).statusCode()).isEqualTo(409);
		assertThat(count("select count(*) from med_trainer where id = " + id + " and active = false")).isEqualTo(1);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}
