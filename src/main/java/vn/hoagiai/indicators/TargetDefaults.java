package vn.hoagiai.indicators;

/**
 * The plan's targets (seed plan II.2) and the national programme's (Decision 315/QĐ-TTg),
 * year by year, used where no office has set its own: 100% of teams consolidated; trained
 * mediators from 50% in the first year rising evenly to 80% in the last; 100% access to
 * the material set; 80% success rate, 90% in an advanced new-rural commune; typical-model
 * units rising evenly to 2 of 8 (25%) by the last year; 10% of teams with a legal
 * professional; all the trainers the ratio asks for.
 */
final class TargetDefaults {

	private TargetDefaults() {
	}

	static double of(IndicatorCode code, int year, boolean advancedNewRuralCommune, ReportingCalendar calendar) {
		return switch (code) {
			case TEAMS_CONSOLIDATED, MATERIAL_ACCESS, TRAINER_RATIO -> 100;
			case MEDIATORS_TRAINED -> rising(50, 80, year, calendar);
			case SUCCESS_RATE -> advancedNewRuralCommune ? 90 : 80;
			case TYPICAL_MODEL_UNITS -> rising(0, 25, year, calendar);
			case LEGAL_PROFESSIONAL_SUPPORT -> 10;
			default -> throw new IllegalArgumentException(code + " has no target");
		};
	}

	private static double rising(double first, double last, int year, ReportingCalendar calendar) {
		int span = calendar.planEndYear() - calendar.planStartYear();
		if (span <= 0 || year >= calendar.planEndYear()) {
			return last;
		}
		if (year <= calendar.planStartYear()) {
			return first;
		}
		double share = (double) (year - calendar.planStartYear()) / span;
		return Math.round((first + (last - first) * share) * 10) / 10.0;
	}

}
