package vn.hoagiai.indicators;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators on the demo data: equal to counts made directly with SQL and to the team
 * list's compliance filter; pages, exports and the API through the whole chain, scoped.
 */
@IntegrationTest
class IndicatorsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TeamService teams;

	@Autowired
	vn.hoagiai.training.TrainingMeasures training;

	@Autowired
	vn.hoagiai.organization.UnitDirectory units;

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void indicatorsEqualDirectSqlCountsOnTheDemoData() {
		long province = unit("Tỉnh Thái Nguyên");
		SignedIn.as("admin", province, Role.ADMIN);
		Period year = this.indicators.period(null, null, null);
		UnitIndicators total = this.indicators.report(UnitId.of(province), year, Boundaries.CURRENT, false).total();

		assertThat(total.value(IndicatorCode.TEAMS).numerator())
			.isEqualTo(sql("select count(*) from med_team where status = 'ACTIVE'"));
		assertThat(total.value(IndicatorCode.MEDIATORS).numerator())
			.isEqualTo(sql("select count(*) from med_mediator where status = 'ACTIVE' and team_id is not null"));
		assertThat(total.value(IndicatorCode.MEDIATORS_WOMEN).numerator()).isEqualTo(sql(
				"select count(*) from med_mediator where status = 'ACTIVE' and team_id is not null and sex = 'FEMALE'"));
		long failing = this.teams.list(new TeamFilter(null, null, false, true, null), PageRequest.of(0, 1))
			.getTotalElements();
		IndicatorValue consolidated = total.value(IndicatorCode.TEAMS_CONSOLIDATED);
		assertThat(consolidated.denominator() - consolidated.numerator()).isEqualTo(failing);
		Map<String, Object> period = Map.of("from", year.from(), "to", year.to());
		assertThat(total.value(IndicatorCode.CASES_RECEIVED).numerator())
			.isEqualTo(sql("select count(*) from cas_case where received_on between :from and :to", period));
		assertThat(total.value(IndicatorCode.CASES_SUCCESSFUL).numerator()).isEqualTo(
				sql("select count(*) from cas_case where result = 'SUCCESSFUL' and closed_on between :from and :to",
						period));
		IndicatorValue trained = total.value(IndicatorCode.MEDIATORS_TRAINED);
		assertThat(trained.status()).isNotEqualTo(Status.NO_SOURCE);
		List<UnitId> communes = this.units.children(UnitId.of(province), year.to())
			.stream()
			.map(vn.hoagiai.organization.UnitView::id)
			.toList();
		assertThat(trained.numerator()).isEqualTo(this.training.trainedMediators(communes, year.from(), year.to())
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum());
		assertThat(total.value(IndicatorCode.MATERIAL_ACCESS).numerator())
			.isEqualTo(this.training.materialUsers(communes, year.from(), year.to())
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum());
	}

	@Test
	void officerOfDuongQuangGets404ForDucXuanIndicators() {
		long ducXuan = unit("Phường Đức Xuân");
		HttpSession duongQuang = signedIn("tuphap.duongquang");
		HttpSession own = signedIn("tuphap.ducxuan");

		assertThat(duongQuang.getJson("/api/v1/indicators?unitId=" + ducXuan).statusCode()).isEqualTo(404);
		assertThat(duongQuang.get("/indicators?unitId=" + ducXuan).statusCode()).isEqualTo(404);
		HttpResponse<String> answer = own.getJson("/api/v1/indicators?period=2025-H1&breakdown=children");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"unitId\":" + ducXuan, "\"code\":\"2025-H1\"",
				"\"code\":\"TEAMS_CONSOLIDATED\"", "\"kind\":\"TEAM\"");
		assertThat(own.getJson("/api/v1/indicators?period=2025-H3").statusCode()).isEqualTo(422);
	}

	@Test
	void dashboardRecordsExportsAndPrintAnswerForTheOfficer() {
		HttpSession officer = signedIn("tuphap.ducxuan");
		assertThat(officer.get("/indicators").body()).contains("tile-TEAMS_CONSOLIDATED", "children-table");
		assertThat(officer.get("/indicators/records?code=TEAMS_CONSOLIDATED").body()).contains("records-table");
		HttpResponse<String> csv = officer.get("/indicators/export.csv?period=2025");
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("csv"));
		assertThat(csv.body()).contains("Phường Đức Xuân");
		assertThat(officer.get("/indicators/export.xlsx").statusCode()).isEqualTo(200);
		assertThat(officer.get("/indicators/print").body()).contains("print-targets");
		assertThat(officer.get("/indicators/definitions").body()).contains("def-SUCCESS_RATE");
	}

	@Test
	void officerSetsATargetWithFieldErrorsFirstAndAMediatorMayNot() {
		long ducXuan = unit("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");
		HttpResponse<String> bad = officer.post("/indicators/targets",
				Map.of("unitId", Long.toString(ducXuan), "year", "2027", "value_SUCCESS_RATE", "abc"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("is-invalid");
		HttpResponse<String> good = officer.post("/indicators/targets",
				Map.of("unitId", Long.toString(ducXuan), "year", "2027", "value_SUCCESS_RATE", "85,5"));
		assertThat(good.statusCode()).isEqualTo(302);
		assertThat(sql("select count(*) from ind_target where unit_id = " + ducXuan + " and target_year = 2027"))
			.isEqualTo(1L);
		HttpSession mediator = signedIn("hgv.demo");
		assertThat(mediator
			.post("/indicators/targets",
					Map.of("unitId", Long.toString(ducXuan), "year", "2028", "value_SUCCESS_RATE", "85"))
			.statusCode()).isIn(403, 404);
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private long sql(String query) {
		return this.jdbc.sql(query).query(Long.class).single();
	}

	private long sql(String query, Map<String, Object> params) {
		return this.jdbc.sql(query).params(params).query(Long.class).single();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}
