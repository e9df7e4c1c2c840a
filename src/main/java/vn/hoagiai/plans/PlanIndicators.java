package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.indicators.Boundaries;
import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.Period;
import vn.hoagiai.indicators.UnitIndicators;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;

/**
 * The live values of a plan's targets, read through the indicators module's public
 * service for the plan's unit (on today's boundaries) and a reporting year: the year
 * asked for when it lies in the plan's period, else the current reporting year kept
 * inside the period. A unit that has since ended (reorganised) is read on the map at the
 * end of the year while it still existed then; after that, no values. A viewer who reads
 * the plan but may not see its unit (a partner agency's officer, or anyone but an
 * administrator for the national programme) gets the targets without values.
 */
@Service
@Transactional(readOnly = true)
public class PlanIndicators {

	private final PlanService plans;

	private final TargetRepository targets;

	private final IndicatorService indicators;

	private final UnitScope scope;

	private final UnitDirectory units;

	PlanIndicators(PlanService plans, TargetRepository targets, IndicatorService indicators, UnitScope scope,
			UnitDirectory units) {
		this.plans = plans;
		this.units = units;
		this.targets = targets;
		this.indicators = indicators;
		this.scope = scope;
	}

	/** The plan's targets with their live values for {@code year} (null: this year). */
	public LiveTargets live(long planId, Integer year) {
		Plan plan = this.plans.readablePlan(planId);
		int chosen = year(plan, year);
		Period period = this.indicators.calendar().year(chosen);
		List<TargetView> list = this.targets.findByPlanIdOrderByPosition(planId).stream().map(Target::view).toList();
		Long unitId = (plan.getUnitId() != null) ? plan.getUnitId().value() : null;
		Boundaries boundaries = boundaries(plan, period);
		LiveTargets.Reach reach = (boundaries != null) ? reach(plan, list) : LiveTargets.Reach.UNIT_ENDED;
		UnitIndicators total = (reach == LiveTargets.Reach.LIVE)
				? this.indicators.report(plan.getUnitId(), period, boundaries, false).total() : null;
		return new LiveTargets(chosen, period.code(), unitId, (boundaries != null) ? boundaries : Boundaries.CURRENT,
				reach, list.stream().map((t) -> new LiveTargets.Standing(t, value(total, t.code()))).toList());
	}

	/**
	 * The reporting year shown for a plan: {@code requested} inside the plan's period,
	 * else the current reporting year kept inside it.
	 */
	public int year(long planId, Integer requested) {
		return year(this.plans.readablePlan(planId), requested);
	}

	private int year(Plan plan, Integer requested) {
		if (requested != null && requested >= plan.getFromYear() && requested <= plan.getToYear()) {
			return requested;
		}
		int current = this.indicators.calendar().yearOf(this.indicators.today());
		return Math.max(plan.getFromYear(), Math.min(plan.getToYear(), current));
	}

	/**
	 * Today's map while the plan's unit exists; the map at the end of the period for a
	 * unit that ended since (reorganised); null when it had ended by then.
	 */
	private Boundaries boundaries(Plan plan, Period period) {
		if (plan.getUnitId() == null) {
			return Boundaries.CURRENT;
		}
		UnitView unit = this.units.find(plan.getUnitId()).orElse(null);
		LocalDate today = this.indicators.today();
		if (unit == null || unit.isValidOn(today)) {
			return Boundaries.CURRENT;
		}
		return unit.isValidOn(period.asOf(today)) ? Boundaries.HISTORICAL : null;
	}

	private LiveTargets.Reach reach(Plan plan, List<TargetView> list) {
		if (list.stream().noneMatch((t) -> code(t.code()) != null)) {
			return LiveTargets.Reach.NOT_LINKED;
		}
		boolean visible = (plan.getUnitId() == null) ? CurrentViewer.require().isAdmin()
				: this.scope.canSee(plan.getUnitId());
		return visible ? LiveTargets.Reach.LIVE : LiveTargets.Reach.OUT_OF_SCOPE;
	}

	private static vn.hoagiai.indicators.IndicatorValue value(UnitIndicators total, String code) {
		IndicatorCode indicator = code(code);
		if (total == null || indicator == null) {
			return null;
		}
		return total.values().stream().filter((v) -> v.code() == indicator).findFirst().orElse(null);
	}

	private static IndicatorCode code(String code) {
		if (code == null) {
			return null;
		}
		return IndicatorCode.targets().stream().filter((c) -> c.name().equals(code)).findFirst().orElse(null);
	}

}
