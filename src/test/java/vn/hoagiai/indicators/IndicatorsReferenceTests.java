package vn.hoagiai.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoagiai.indicators.IndicatorCode.CASES_IN_PROGRESS;
import static vn.hoagiai.indicators.IndicatorCode.CASES_RECEIVED;
import static vn.hoagiai.indicators.IndicatorCode.CASES_REFERRED;
import static vn.hoagiai.indicators.IndicatorCode.CASES_SUCCESSFUL;
import static vn.hoagiai.indicators.IndicatorCode.CASES_UNSUCCESSFUL;
import static vn.hoagiai.indicators.IndicatorCode.LATE_STARTS;
import static vn.hoagiai.indicators.IndicatorCode.LEGAL_PROFESSIONAL_SUPPORT;
import static vn.hoagiai.indicators.IndicatorCode.MATERIAL_ACCESS;
import static vn.hoagiai.indicators.IndicatorCode.MEDIATORS;
import static vn.hoagiai.indicators.IndicatorCode.MEDIATORS_ETHNIC_MINORITY;
import static vn.hoagiai.indicators.IndicatorCode.MEDIATORS_TRAINED;
import static vn.hoagiai.indicators.IndicatorCode.MEDIATORS_WOMEN;
import static vn.hoagiai.indicators.IndicatorCode.SUCCESS_RATE;
import static vn.hoagiai.indicators.IndicatorCode.TEAMS;
import static vn.hoagiai.indicators.IndicatorCode.TEAMS_CONSOLIDATED;
import static vn.hoagiai.indicators.IndicatorCode.TRAINER_RATIO;
import static vn.hoagiai.indicators.IndicatorCode.TYPICAL_MODEL_UNITS;

/**
 * Every indicator and status on the hand-built {@link ReferenceData}, with the answers
 * worked out by hand in the comments.
 */
@IndicatorsJpaTest
class IndicatorsReferenceTests {

	@Autowired
	IndicatorService indicators;

	@Autowired
	IndicatorRecords records;

	@Autowired
	TargetService targets;

	@Autowired
	JdbcClient jdbc;

	ReferenceData data;

	@BeforeEach
	void load() {
		this.data = new ReferenceData(this.jdbc).write();
		SignedIn.as("admin", this.data.province, Role.ADMIN);
	}

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	private IndicatorReport year2025(Boundaries boundaries) {
		return this.indicators.report(UnitId.of(this.data.province), this.indicators.calendar().year(2025), boundaries,
				true);
	}

	private static void assertValue(UnitIndicators u, IndicatorCode code, Double value, Long numerator,
			Long denominator, Status status) {
		IndicatorValue v = u.value(code);
		assertThat(v.value()).as(code + " value").isEqualTo(value);
		assertThat(v.numerator()).as(code + " numerator").isEqualTo(numerator);
		assertThat(v.denominator()).as(code + " denominator").isEqualTo(denominator);
		assertThat(v.status()).as(code + " status").isEqualTo(status);
	}

	@Test
	void provinceYearOnTodaysUnits() {
		UnitIndicators p = year2025(Boundaries.CURRENT).total();
		// on 20/11/2025: T1..T4 (T5 dissolved); only T1 meets Art. 12
		assertValue(p, TEAMS_CONSOLIDATED, 25.0, 1L, 4L, Status.BEHIND);
		// members: T1 5 (one left in May), T2 3, T3 4, T4 2; training source: 3 + 2
		// trained, 5 + 4 users
		assertValue(p, MEDIATORS_TRAINED, 35.7, 5L, 14L, Status.BEHIND);
		assertValue(p, MATERIAL_ACCESS, 64.3, 9L, 14L, Status.BEHIND);
		// closed 15/12/2024-14/12/2025: successful T1 x2, T2 (closed 20/12/2024), T4;
		// unsuccessful T1, T3
		assertValue(p, SUCCESS_RATE, 66.7, 4L, 6L, Status.BEHIND);
		// C1 has the typical-model team T1; communes today: C1, C3; 50% >= 25% by 2030
		assertValue(p, TYPICAL_MODEL_UNITS, 50.0, 1L, 2L, Status.MET);
		// T1 has a police officer
		assertValue(p, LEGAL_PROFESSIONAL_SUPPORT, 25.0, 1L, 4L, Status.MET);
		// 4 teams need one province trainer; there is one
		assertValue(p, TRAINER_RATIO, 100.0, 1L, 1L, Status.MET);
		assertThat(p.value(TEAMS).value()).isEqualTo(4.0);
		assertThat(p.value(MEDIATORS).value()).isEqualTo(14.0);
		assertThat(p.value(MEDIATORS_WOMEN).value()).isEqualTo(5.0);
		assertThat(p.value(MEDIATORS_ETHNIC_MINORITY).value()).isEqualTo(1.0);
		assertThat(p.value(CASES_RECEIVED).value()).isEqualTo(7.0);
		assertThat(p.value(CASES_SUCCESSFUL).value()).isEqualTo(4.0);
		assertThat(p.value(CASES_UNSUCCESSFUL).value()).isEqualTo(2.0);
		assertThat(p.value(CASES_IN_PROGRESS).value()).isEqualTo(1.0);
		assertThat(p.value(CASES_REFERRED).value()).isEqualTo(1.0);
		// T1's open case assigned 1/10 never started; T4's started 9 days after
		// assignment
		assertThat(p.value(LATE_STARTS).value()).isEqualTo(2.0);
		assertThat(p.casesByField()).containsExactly(Map.entry("NEIGHBOUR", 7L));
	}

	@Test
	void gapsInPlainWords() {
		UnitIndicators p = year2025(Boundaries.CURRENT).total();
		assertThat(p.value(TEAMS_CONSOLIDATED).gaps()).containsExactly(Gap.of("TEAMS_CONSOLIDATED", 3L),
				Gap.of("women", 1L), Gap.of("minority", 1L), Gap.of("members", 1L, 1L), Gap.of("quota", 1L));
		// 55% of 14 is 7.7: 8 trained needed, 5 are
		assertThat(p.value(MEDIATORS_TRAINED).gaps()).containsExactly(Gap.of("MEDIATORS_TRAINED", 3L, 55.0, 14L),
				Gap.of("MEDIATORS_TRAINED.remaining", 9L));
		// 80% of 6 closed cases is 4.8: 5 successes needed, 4 are
		assertThat(p.value(SUCCESS_RATE).gaps()).containsExactly(Gap.of("SUCCESS_RATE", 1L, 80.0, 6L));
	}

	@Test
	void childUnitsOnTodaysUnitsFollowTheMerger() {
		List<UnitIndicators> children = year2025(Boundaries.CURRENT).children();
		assertThat(children).extracting(UnitIndicators::name).containsExactly("Xã An", "Xã Cường");
		UnitIndicators c1 = children.get(0);
		UnitIndicators c3 = children.get(1);
		assertValue(c1, TEAMS_CONSOLIDATED, 50.0, 1L, 2L, Status.BEHIND);
		// advanced new-rural commune: 90%; 3 of 4 closed
		assertValue(c1, SUCCESS_RATE, 75.0, 3L, 4L, Status.BEHIND);
		assertThat(c1.value(SUCCESS_RATE).target()).isEqualTo(90.0);
		// T4's village ended with C2: its records follow C2's successor C3
		assertValue(c3, TEAMS_CONSOLIDATED, 0.0, 0L, 2L, Status.BEHIND);
		assertValue(c3, SUCCESS_RATE, 50.0, 1L, 2L, Status.BEHIND);
		assertThat(c3.value(SUCCESS_RATE).target()).isEqualTo(80.0);
		assertValue(c3, TRAINER_RATIO, null, null, null, Status.NOT_APPLICABLE);
	}

	@Test
	void firstHalfOnTheUnitsOfThatTime() {
		Period h1 = this.indicators.calendar().firstHalf(2025);
		IndicatorReport report = this.indicators.report(UnitId.of(this.data.province), h1, Boundaries.HISTORICAL, true);
		assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 6, 14));
		assertThat(report.children()).extracting(UnitIndicators::name).containsExactly("Xã An", "Xã Bình");
		UnitIndicators c2 = report.children().get(1);
		assertValue(c2, TEAMS_CONSOLIDATED, 0.0, 0L, 2L, Status.BEHIND);
		// 15/12/2024-14/6/2025: T1 (10/2), T2 (20/12), T4 (5/5) successful; T3's closed
		// on 20/6
		assertValue(report.total(), SUCCESS_RATE, 100.0, 3L, 3L, Status.MET);
		assertThat(report.total().value(CASES_RECEIVED).value()).isEqualTo(4.0);
		assertThat(report.total().value(CASES_IN_PROGRESS).value()).isEqualTo(1.0);
		assertThat(report.total().value(MEDIATORS).value()).isEqualTo(14.0);
	}

	@Test
	void yearBeforeCountsTheDissolvedTeamAndTheMediatorWhoLeft() {
		IndicatorReport report = this.indicators.report(UnitId.of(this.data.province),
				this.indicators.calendar().year(2024), Boundaries.CURRENT, false);
		// on 14/12/2024: T1 with 6, T2 3, T3 4, T4 2, T5 3; T1 and T5 meet the law
		assertValue(report.total(), TEAMS_CONSOLIDATED, 40.0, 2L, 5L, Status.BEHIND);
		assertThat(report.total().value(MEDIATORS).value()).isEqualTo(18.0);
	}

	@Test
	void communeShowsItsTeams() {
		IndicatorReport report = this.indicators.report(UnitId.of(this.data.c1), this.indicators.calendar().year(2025),
				Boundaries.CURRENT, true);
		assertThat(report.children()).extracting(UnitIndicators::name).containsExactly("Tổ 1a", "Tổ 1b");
		assertThat(report.children()).allMatch(UnitIndicators::team);
		assertValue(report.children().get(1), TEAMS_CONSOLIDATED, 0.0, 0L, 1L, Status.BEHIND);
	}

	@Test
	void targetSetAboveAppliesBelowAndTurnsBehindIntoOnTrack() {
		this.targets.save(UnitId.of(this.data.province), 2025,
				List.of(new TargetChange(MEDIATORS_TRAINED, "30", "Kế hoạch năm", null)));
		IndicatorReport report = year2025(Boundaries.CURRENT);
		IndicatorValue trained = report.total().value(MEDIATORS_TRAINED);
		assertThat(trained.status()).isEqualTo(Status.ON_TRACK);
		assertThat(trained.target()).isEqualTo(30.0);
		// on track: the gap is to 80% by 2030, 11.2 -> 12 trained, 5 are
		assertThat(trained.gaps()).startsWith(Gap.of("MEDIATORS_TRAINED", 7L, 80.0, 14L));
		assertThat(report.children().get(0).value(MEDIATORS_TRAINED).target()).isEqualTo(30.0);
		assertThat(this.jdbc.sql("select count(*) from aud_event where record_type = 'IndicatorTarget'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void badTargetsAreRefusedFieldByFieldAndNothingIsSaved() {
		assertThatThrownBy(() -> this.targets.save(UnitId.of(this.data.province), 2025,
				List.of(new TargetChange(SUCCESS_RATE, "85", null, null),
						new TargetChange(MEDIATORS_TRAINED, "120", null, null),
						new TargetChange(MATERIAL_ACCESS, "abc", null, null))))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.problems()).extracting("field")
				.containsExactly("value_MEDIATORS_TRAINED", "value_MATERIAL_ACCESS"));
		assertThat(this.jdbc.sql("select count(*) from ind_target").query(Long.class).single()).isZero();
	}

	@Test
	void staleTargetEditIsRefused() {
		UnitId p = UnitId.of(this.data.province);
		this.targets.save(p, 2025, List.of(new TargetChange(SUCCESS_RATE, "85", null, null)));
		assertThatThrownBy(() -> this.targets.save(p, 2025, List.of(new TargetChange(SUCCESS_RATE, "70", null, null))))
			.isInstanceOf(StaleVersion.class);
	}

	@Test
	void officerOfOtherCommuneGets404() {
		SignedIn.as("tuphap.an", this.data.c1, Role.COMMUNE_OFFICER);
		assertThatThrownBy(() -> this.indicators.report(UnitId.of(this.data.c3), this.indicators.calendar().year(2025),
				Boundaries.CURRENT, false))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(
				() -> this.indicators.report(null, this.indicators.calendar().year(2025), Boundaries.CURRENT, false))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void recordsBehindTheNumbers() {
		Period year = this.indicators.calendar().year(2025);
		UnitId p = UnitId.of(this.data.province);
		RecordsPage teams = this.records.records(p, year, Boundaries.CURRENT, TEAMS_CONSOLIDATED, 0);
		assertThat(teams.total()).isEqualTo(4);
		assertThat(teams.teams().get(teams.teams().size() - 1).id()).isEqualTo(this.data.t1);
		RecordsPage late = this.records.records(p, year, Boundaries.CURRENT, LATE_STARTS, 0);
		assertThat(late.cases()).extracting(CaseRecord::teamId).containsExactly(this.data.t1, this.data.t4);
		RecordsPage rate = this.records.records(p, year, Boundaries.CURRENT, SUCCESS_RATE, 0);
		assertThat(rate.total()).isEqualTo(6);
		RecordsPage typical = this.records.records(p, year, Boundaries.CURRENT, TYPICAL_MODEL_UNITS, 0);
		assertThat(typical.communes()).extracting(RecordsPage.CommuneRecord::typicalModel).containsExactly(false, true);
	}

	@TestConfiguration
	static class FixedDayAndTraining {

		@Bean
		Clock clock() {
			return Clock.fixed(ReferenceData.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		}

		@Bean
		TrainingSource training(JdbcClient jdbc) {
			return new TrainingSource() {
				@Override
				public Map<UnitId, Long> trainedMediators(Collection<UnitId> communes, LocalDate from, LocalDate to) {
					return byName(jdbc, communes, 3L, 2L);
				}

				@Override
				public Map<UnitId, Long> materialUsers(Collection<UnitId> communes, LocalDate from, LocalDate to) {
					return byName(jdbc, communes, 5L, 4L);
				}
			};
		}

		private static Map<UnitId, Long> byName(JdbcClient jdbc, Collection<UnitId> communes, long an, long cuong) {
			Map<UnitId, Long> counts = new java.util.HashMap<>();
			for (UnitId id : communes) {
				String name = jdbc.sql("select name from org_unit where id = :id")
					.param("id", id.value())
					.query(String.class)
					.single();
				counts.put(id, "Xã An".equals(name) ? an : "Xã Cường".equals(name) ? cuong : 0L);
			}
			return counts;
		}

	}

}
