package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoagiai.mediators.TrainerRatio.Gap;
import vn.hoagiai.mediators.TrainerRatio.Status;

import static org.assertj.core.api.Assertions.assertThat;

class TrainerRatioTests {

	private static final Set<TrainerLevel> PROVINCE_ONLY = EnumSet.of(TrainerLevel.PROVINCE);

	private static final Set<TrainerLevel> BOTH = EnumSet.of(TrainerLevel.PROVINCE, TrainerLevel.DISTRICT);

	@Test
	void provinceExactlyAtTargetMeetsIt() {
		TrainerRatio ratio = TrainerRatio.of(300, 3, 0, PROVINCE_ONLY);

		assertThat(ratio.provinceTarget()).isEqualTo(3);
		assertThat(ratio.status()).isEqualTo(Status.MET);
		assertThat(ratio.gaps()).isEmpty();
		assertThat(ratio.teamsPerProvinceTrainer()).isEqualTo(100.0);
	}

	@Test
	void districtExactlyAtTargetMeetsIt() {
		TrainerRatio ratio = TrainerRatio.of(160, 2, 2, BOTH);

		assertThat(ratio.districtTarget()).isEqualTo(2);
		assertThat(ratio.status()).isEqualTo(Status.MET);
	}

	@Test
	void oneTeamPastABlockNeedsAnotherTrainer() {
		TrainerRatio ratio = TrainerRatio.of(301, 3, 0, PROVINCE_ONLY);

		assertThat(ratio.provinceTarget()).isEqualTo(4);
		assertThat(ratio.status()).isEqualTo(Status.SHORT);
		assertThat(ratio.gaps()).containsExactly(new Gap("trainers.ratio.gap.PROVINCE", List.of(1L)));
	}

	@Test
	void shortByTwoProvinceTrainersSaysHowMany() {
		TrainerRatio ratio = TrainerRatio.of(450, 3, 0, PROVINCE_ONLY);

		assertThat(ratio.status()).isEqualTo(Status.SHORT);
		assertThat(ratio.gaps()).containsExactly(new Gap("trainers.ratio.gap.PROVINCE", List.of(2L)));
	}

	@Test
	void shortAtBothLevelsListsBothGaps() {
		TrainerRatio ratio = TrainerRatio.of(400, 3, 2, BOTH);

		assertThat(ratio.districtTarget()).isEqualTo(5);
		assertThat(ratio.gaps()).containsExactly(new Gap("trainers.ratio.gap.PROVINCE", List.of(1L)),
				new Gap("trainers.ratio.gap.DISTRICT", List.of(3L)));
	}

	@Test
	void noTeamsNeedsNoTrainers() {
		TrainerRatio ratio = TrainerRatio.of(0, 0, 0, BOTH);

		assertThat(ratio.provinceTarget()).isZero();
		assertThat(ratio.districtTarget()).isZero();
		assertThat(ratio.status()).isEqualTo(Status.NO_TEAMS);
		assertThat(ratio.gaps()).isEmpty();
		assertThat(ratio.statusKey()).isEqualTo("trainers.ratio.status.NO_TEAMS");
	}

	@Test
	void teamsWithoutTrainersSaysSoAndHowManyAreNeeded() {
		TrainerRatio ratio = TrainerRatio.of(120, 0, 0, PROVINCE_ONLY);

		assertThat(ratio.status()).isEqualTo(Status.NO_TRAINERS);
		assertThat(ratio.teamsPerProvinceTrainer()).isNull();
		assertThat(ratio.gaps()).containsExactly(new Gap("trainers.ratio.gap.PROVINCE", List.of(2L)));
	}

	@Test
	void provinceHasDistrictTargetBeforeDistrictsEnded() {
		assertThat(TrainerRatio.targetsFor(1, LocalDate.of(2025, 6, 30), 0)).isEqualTo(BOTH);
	}

	@Test
	void provinceHasNoDistrictTargetAfterDistrictsEndedUnlessDistrictTrainersRemain() {
		assertThat(TrainerRatio.targetsFor(1, LocalDate.of(2025, 7, 1), 0)).isEqualTo(PROVINCE_ONLY);
		assertThat(TrainerRatio.targetsFor(1, LocalDate.of(2025, 7, 1), 2)).isEqualTo(BOTH);
	}

	@Test
	void communeHasNoTarget() {
		TrainerRatio ratio = TrainerRatio.of(12, 0, 0, TrainerRatio.targetsFor(3, LocalDate.of(2026, 1, 1), 0));

		assertThat(ratio.status()).isEqualTo(Status.NOT_APPLICABLE);
	}

}
