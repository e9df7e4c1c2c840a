package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The national target of trainers for a unit: one active province-level trainer per 100
 * active teams below it and, where the district level applies, one district-level trainer
 * per 80 teams. Pure: the counts go in, the targets, a status and the gaps in words (as
 * message keys) come out.
 *
 * @param provinceTarget trainers needed at province level, 0 when that target does not
 * apply
 * @param districtTarget trainers needed at district level, 0 when that target does not
 * apply
 * @param gaps what is missing, as message keys with arguments
 */
public record TrainerRatio(long teams, long provinceTrainers, long districtTrainers, long provinceTarget,
		long districtTarget, Status status, List<Gap> gaps) {

	/** The day the district level of government ended (two-level local government). */
	public static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

	public TrainerRatio {
		gaps = List.copyOf(gaps);
	}

	/** How the unit stands against the target. */
	public enum Status {

		/** Every applicable target is met. */
		MET,
		/** Some trainers are missing. */
		SHORT,
		/** There are teams but no active trainer at all. */
		NO_TRAINERS,
		/** No active team below the unit: nothing to train. */
		NO_TEAMS,
		/** No target applies to a unit of this level. */
		NOT_APPLICABLE

	}

	/** One shortfall in words: a message key and its arguments. */
	public record Gap(String messageKey, List<Object> args) {

		public Gap {
			args = List.copyOf(args);
		}

	}

	/**
	 * The targets that apply to a unit of the given level on a date: a province has the
	 * province target, and the district target while districts existed or where district
	 * trainers are still active; a district has the district target; lower units none.
	 */
	public static Set<TrainerLevel> targetsFor(int unitLevel, LocalDate date, long districtTrainers) {
		if (unitLevel == 1) {
			return (date.isBefore(DISTRICTS_ABOLISHED) || districtTrainers > 0)
					? EnumSet.of(TrainerLevel.PROVINCE, TrainerLevel.DISTRICT) : EnumSet.of(TrainerLevel.PROVINCE);
		}
		if (unitLevel == 2) {
			return EnumSet.of(TrainerLevel.DISTRICT);
		}
		return EnumSet.noneOf(TrainerLevel.class);
	}

	/** Applies the targets in {@code targets} to the counts. */
	public static TrainerRatio of(long teams, long provinceTrainers, long districtTrainers, Set<TrainerLevel> targets) {
		long provinceTarget = targets.contains(TrainerLevel.PROVINCE) ? needed(teams, TrainerLevel.PROVINCE) : 0;
		long districtTarget = targets.contains(TrainerLevel.DISTRICT) ? needed(teams, TrainerLevel.DISTRICT) : 0;
		List<Gap> gaps = new ArrayList<>();
		if (provinceTrainers < provinceTarget) {
			gaps.add(new Gap("trainers.ratio.gap.PROVINCE", List.of(provinceTarget - provinceTrainers)));
		}
		if (districtTrainers < districtTarget) {
			gaps.add(new Gap("trainers.ratio.gap.DISTRICT", List.of(districtTarget - districtTrainers)));
		}
		return new TrainerRatio(teams, provinceTrainers, districtTrainers, provinceTarget, districtTarget,
				status(teams, provinceTrainers + districtTrainers, targets, gaps), gaps);
	}

	private static Status status(long teams, long trainers, Set<TrainerLevel> targets, List<Gap> gaps) {
		if (targets.isEmpty()) {
			return Status.NOT_APPLICABLE;
		}
		if (teams == 0) {
			return Status.NO_TEAMS;
		}
		if (trainers == 0) {
			return Status.NO_TRAINERS;
		}
		return gaps.isEmpty() ? Status.MET : Status.SHORT;
	}

	/** Trainers needed at a level: one per started block of its teams. */
	static long needed(long teams, TrainerLevel level) {
		int per = level.teamsPerTrainer();
		return (teams + per - 1) / per;
	}

	/** Active teams per active province-level trainer, or null without such trainers. */
	public Double teamsPerProvinceTrainer() {
		return (this.provinceTrainers > 0) ? (double) this.teams / this.provinceTrainers : null;
	}

	/** Active teams per active district-level trainer, or null without such trainers. */
	public Double teamsPerDistrictTrainer() {
		return (this.districtTrainers > 0) ? (double) this.teams / this.districtTrainers : null;
	}

	/** The message key that says the status in words. */
	public String statusKey() {
		return "trainers.ratio.status." + this.status.name();
	}

}
