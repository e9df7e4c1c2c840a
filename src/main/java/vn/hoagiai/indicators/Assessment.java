package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.hoagiai.mediators.TrainerLevel;
import vn.hoagiai.mediators.TrainerRatio;

/**
 * Turns one unit's counts into its indicators: the value, the target of the year and of
 * the plan's last year, the status and the gap in words. Pure.
 */
final class Assessment {

	/** The targets that apply to one unit: this year's and the final year's. */
	interface Targets {

		double year(IndicatorCode code);

		double last(IndicatorCode code);

	}

	private Assessment() {
	}

	static List<IndicatorValue> assess(Tally t, Targets targets, int unitLevel, LocalDate asOf) {
		List<IndicatorValue> values = new ArrayList<>();
		values.add(teamsConsolidated(t, targets));
		values.add(share(IndicatorCode.MEDIATORS_TRAINED, t.trained, t.mediators, targets, true));
		values.add(share(IndicatorCode.MATERIAL_ACCESS, t.materialUsers, t.mediators, targets, true));
		values.add(share(IndicatorCode.SUCCESS_RATE, t.successful, t.successful + t.unsuccessful, targets, false));
		values.add(share(IndicatorCode.TYPICAL_MODEL_UNITS, t.typicalCommunes, t.communes, targets, false));
		values.add(
				share(IndicatorCode.LEGAL_PROFESSIONAL_SUPPORT, t.teamsWithLegalProfessional, t.teams, targets, false));
		values.add(trainerRatio(t, targets, unitLevel, asOf));
		values.add(count(IndicatorCode.TEAMS, t.teams));
		values.add(count(IndicatorCode.MEDIATORS, t.mediators));
		values.add(count(IndicatorCode.MEDIATORS_WOMEN, t.women));
		values.add(count(IndicatorCode.MEDIATORS_ETHNIC_MINORITY, t.ethnicMinority));
		values.add(count(IndicatorCode.CASES_RECEIVED, t.casesReceived));
		values.add(count(IndicatorCode.CASES_SUCCESSFUL, t.successful));
		values.add(count(IndicatorCode.CASES_UNSUCCESSFUL, t.unsuccessful));
		values.add(count(IndicatorCode.CASES_IN_PROGRESS, t.inProgress));
		values.add(count(IndicatorCode.CASES_REFERRED, t.referred));
		values.add(count(IndicatorCode.LATE_STARTS, t.lateStarts));
		return values;
	}

	private static IndicatorValue count(IndicatorCode code, long n) {
		return new IndicatorValue(code, (double) n, n, null, null, null, Status.NONE, List.of());
	}

	private static IndicatorValue teamsConsolidated(Tally t, Targets targets) {
		IndicatorValue value = share(IndicatorCode.TEAMS_CONSOLIDATED, t.consolidated, t.teams, targets, false);
		if (value.status() != Status.MET && value.status() != Status.NO_DATA) {
			List<Gap> gaps = new ArrayList<>(value.gaps());
			addIf(gaps, t.teamsWithoutWoman, Gap.of("women", t.teamsWithoutWoman));
			addIf(gaps, t.teamsWithoutMinority, Gap.of("minority", t.teamsWithoutMinority));
			addIf(gaps, t.teamsTooSmall, Gap.of("members", t.missingMembers, t.teamsTooSmall));
			addIf(gaps, t.teamsLeaderProblem, Gap.of("leader", t.teamsLeaderProblem));
			addIf(gaps, t.teamsOverQuota, Gap.of("quota", t.teamsOverQuota));
			return new IndicatorValue(value.code(), value.value(), value.numerator(), value.denominator(),
					value.target(), value.finalTarget(), value.status(), gaps);
		}
		return value;
	}

	private static void addIf(List<Gap> gaps, long count, Gap gap) {
		if (count > 0) {
			gaps.add(gap);
		}
	}

	private static IndicatorValue trainerRatio(Tally t, Targets targets, int unitLevel, LocalDate asOf) {
		Set<TrainerLevel> levels = TrainerRatio.targetsFor(unitLevel, asOf, t.districtTrainers);
		if (levels.isEmpty()) {
			return new IndicatorValue(IndicatorCode.TRAINER_RATIO, null, null, null, null, null, Status.NOT_APPLICABLE,
					List.of());
		}
		TrainerRatio ratio = TrainerRatio.of(t.teams, t.provinceTrainers, t.districtTrainers, levels);
		long needed = ratio.provinceTarget() + ratio.districtTarget();
		long have = Math.min(t.provinceTrainers, ratio.provinceTarget())
				+ Math.min(t.districtTrainers, ratio.districtTarget());
		return share(IndicatorCode.TRAINER_RATIO, have, needed, targets, false);
	}

	/**
	 * A share against its targets. {@code ofMediators} chooses the wording of the gaps
	 * that count people rather than teams or cases.
	 */
	static IndicatorValue share(IndicatorCode code, Long numerator, long denominator, Targets targets,
			boolean ofMediators) {
		double year = targets.year(code);
		double last = Math.max(targets.last(code), year);
		if (numerator == null) {
			return new IndicatorValue(code, null, null, denominator, year, last, Status.NO_SOURCE, List.of());
		}
		if (denominator == 0) {
			return new IndicatorValue(code, null, numerator, 0L, year, last, Status.NO_DATA, List.of());
		}
		double value = Math.round(numerator * 1000.0 / denominator) / 10.0;
		double exact = numerator * 100.0 / denominator;
		Status status = (exact >= last) ? Status.MET : (exact >= year) ? Status.ON_TRACK : Status.BEHIND;
		List<Gap> gaps = new ArrayList<>();
		if (status != Status.MET) {
			double aim = (status == Status.BEHIND) ? year : last;
			long missing = shortfall(aim, numerator, denominator);
			gaps.add(gap(code, missing, aim, numerator, denominator));
		}
		if (ofMediators && numerator < denominator) {
			gaps.add(Gap.of(code.name() + ".remaining", denominator - numerator));
		}
		return new IndicatorValue(code, value, numerator, denominator, year, last, status, gaps);
	}

	private static Gap gap(IndicatorCode code, long missing, double aim, long numerator, long denominator) {
		if (code == IndicatorCode.TEAMS_CONSOLIDATED) {
			return Gap.of(code.name(), denominator - numerator);
		}
		return Gap.of(code.name(), missing, aim, denominator);
	}

	/** How many more of the numerator reach {@code percent} of the denominator. */
	static long shortfall(double percent, long numerator, long denominator) {
		long needed = (long) Math.ceil(percent * denominator / 100.0 - 1e-9);
		return Math.max(0, needed - numerator);
	}

}
