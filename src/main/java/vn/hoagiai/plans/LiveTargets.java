package vn.hoagiai.plans;

import java.util.List;
import java.util.Locale;

import vn.hoagiai.indicators.Boundaries;
import vn.hoagiai.indicators.IndicatorValue;

/**
 * A plan's targets beside the live values of their indicators for the plan's unit (the
 * whole country for the national programme) and one reporting year, as the indicators
 * module reports them.
 *
 * @param year the reporting year shown
 * @param period the indicators' period code of that year, for the dashboard link
 * @param unitId the plan's unit, null for the country
 * @param boundaries the map the values were read on: today's units, or those at the end
 * of the year for a unit that has since ended
 * @param reach whether live values could be read for this viewer
 */
public record LiveTargets(int year, String period, Long unitId, Boundaries boundaries, Reach reach,
		List<Standing> targets) {

	public LiveTargets {
		targets = List.copyOf(targets);
	}

	/** Whether the viewer gets live values for the plan's unit. */
	public enum Reach {

		/** Values read for the plan's unit. */
		LIVE,
		/** The viewer reads the plan but not its unit's figures (or the country's). */
		OUT_OF_SCOPE,
		/** The plan's unit had ended (reorganised) by the end of that year. */
		UNIT_ENDED,
		/** No target of the plan names an indicator. */
		NOT_LINKED

	}

	/**
	 * One target with its indicator's value; {@code value} is null when the target names
	 * no indicator or no value could be read.
	 */
	public record Standing(TargetView target, IndicatorValue value) {

	}

	/** The dashboard's name for the boundaries, for the link to it. */
	public String boundariesParam() {
		return this.boundaries.name().toLowerCase(Locale.ROOT);
	}

	public boolean live() {
		return this.reach == Reach.LIVE;
	}

}
