package vn.hoagiai.indicators;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTests {

	private static final Assessment.Targets TRAINED_2026 = new Assessment.Targets() {
		@Override
		public double year(IndicatorCode code) {
			return 60;
		}

		@Override
		public double last(IndicatorCode code) {
			return 80;
		}
	};

	@Test
	void metOnTrackAndBehindAgainstTheYearAndTheFinalTarget() {
		assertThat(Assessment.share(IndicatorCode.MEDIATORS_TRAINED, 85L, 100, TRAINED_2026, true).status())
			.isEqualTo(Status.MET);
		assertThat(Assessment.share(IndicatorCode.MEDIATORS_TRAINED, 65L, 100, TRAINED_2026, true).status())
			.isEqualTo(Status.ON_TRACK);
		assertThat(Assessment.share(IndicatorCode.MEDIATORS_TRAINED, 59L, 100, TRAINED_2026, true).status())
			.isEqualTo(Status.BEHIND);
	}

	@Test
	void noSourceIsNotANumber() {
		IndicatorValue value = Assessment.share(IndicatorCode.MEDIATORS_TRAINED, null, 100, TRAINED_2026, true);
		assertThat(value.status()).isEqualTo(Status.NO_SOURCE);
		assertThat(value.value()).isNull();
		assertThat(value.gaps()).isEmpty();
	}

	@Test
	void nothingToMeasureIsNoData() {
		assertThat(Assessment.share(IndicatorCode.SUCCESS_RATE, 0L, 0, TRAINED_2026, false).status())
			.isEqualTo(Status.NO_DATA);
	}

	@Test
	void gapCountsWholePeople() {
		// 60% of 37 is 22.2: 23 needed
		assertThat(Assessment.shortfall(60, 20, 37)).isEqualTo(3);
		assertThat(Assessment.shortfall(80, 8, 10)).isZero();
		IndicatorValue behind = Assessment.share(IndicatorCode.MEDIATORS_TRAINED, 20L, 37, TRAINED_2026, true);
		assertThat(behind.gaps())
			.isEqualTo(List.of(Gap.of("MEDIATORS_TRAINED", 3L, 60.0, 37L), Gap.of("MEDIATORS_TRAINED.remaining", 17L)));
	}

	@Test
	void defaultsFollowThePlan() {
		ReportingCalendar calendar = ReportingCalendar.standard();
		assertThat(TargetDefaults.of(IndicatorCode.MEDIATORS_TRAINED, 2024, false, calendar)).isEqualTo(50);
		assertThat(TargetDefaults.of(IndicatorCode.MEDIATORS_TRAINED, 2027, false, calendar)).isEqualTo(65);
		assertThat(TargetDefaults.of(IndicatorCode.MEDIATORS_TRAINED, 2030, false, calendar)).isEqualTo(80);
		assertThat(TargetDefaults.of(IndicatorCode.SUCCESS_RATE, 2030, true, calendar)).isEqualTo(90);
		assertThat(TargetDefaults.of(IndicatorCode.TYPICAL_MODEL_UNITS, 2030, false, calendar)).isEqualTo(25);
		assertThat(TargetDefaults.of(IndicatorCode.LEGAL_PROFESSIONAL_SUPPORT, 2026, false, calendar)).isEqualTo(10);
	}

}
