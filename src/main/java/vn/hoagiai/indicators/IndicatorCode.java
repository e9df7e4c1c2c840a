package vn.hoagiai.indicators;

import java.util.Arrays;
import java.util.List;

/**
 * Every indicator in one place: the plan's five targets (seed plan II.2), the national
 * programme's two (Decision 315/QĐ-TTg), and the context figures beside them. Names,
 * numerators, denominators and period rules are words in the message bundle under
 * {@code indicator.<CODE>.*}; the documentation page reads them from there.
 */
public enum IndicatorCode {

	TEAMS_CONSOLIDATED(Kind.PLAN_TARGET, Measure.PERCENT, PeriodRule.AS_OF_END, Analysis.TEAM, Source.MEDIATORS),
	MEDIATORS_TRAINED(Kind.PLAN_TARGET, Measure.PERCENT, PeriodRule.WITHIN, Analysis.MEDIATOR, Source.TRAINING),
	MATERIAL_ACCESS(Kind.PLAN_TARGET, Measure.PERCENT, PeriodRule.WITHIN, Analysis.MEDIATOR, Source.TRAINING),
	SUCCESS_RATE(Kind.PLAN_TARGET, Measure.PERCENT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES),
	TYPICAL_MODEL_UNITS(Kind.PLAN_TARGET, Measure.PERCENT, PeriodRule.AS_OF_END, Analysis.COMMUNE, Source.MEDIATORS),
	LEGAL_PROFESSIONAL_SUPPORT(Kind.NATIONAL_TARGET, Measure.PERCENT, PeriodRule.AS_OF_END, Analysis.TEAM,
			Source.MEDIATORS),
	TRAINER_RATIO(Kind.NATIONAL_TARGET, Measure.PERCENT, PeriodRule.AS_OF_END, Analysis.TRAINER, Source.MEDIATORS),
	TEAMS(Kind.CONTEXT, Measure.COUNT, PeriodRule.AS_OF_END, Analysis.TEAM, Source.MEDIATORS),
	MEDIATORS(Kind.CONTEXT, Measure.COUNT, PeriodRule.AS_OF_END, Analysis.MEDIATOR, Source.MEDIATORS),
	MEDIATORS_WOMEN(Kind.CONTEXT, Measure.COUNT, PeriodRule.AS_OF_END, Analysis.MEDIATOR, Source.MEDIATORS),
	MEDIATORS_ETHNIC_MINORITY(Kind.CONTEXT, Measure.COUNT, PeriodRule.AS_OF_END, Analysis.MEDIATOR, Source.MEDIATORS),
	CASES_RECEIVED(Kind.CONTEXT, Measure.COUNT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES),
	CASES_SUCCESSFUL(Kind.CONTEXT, Measure.COUNT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES),
	CASES_UNSUCCESSFUL(Kind.CONTEXT, Measure.COUNT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES),
	CASES_IN_PROGRESS(Kind.CONTEXT, Measure.COUNT, PeriodRule.AS_OF_END, Analysis.CASE, Source.CASES),
	CASES_REFERRED(Kind.CONTEXT, Measure.COUNT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES),
	LATE_STARTS(Kind.CONTEXT, Measure.COUNT, PeriodRule.WITHIN, Analysis.CASE, Source.CASES);

	/** Whether the indicator has a target and which programme set it. */
	public enum Kind {

		PLAN_TARGET, NATIONAL_TARGET, CONTEXT

	}

	/** A share (numerator ÷ denominator, in per cent) or a plain count. */
	public enum Measure {

		PERCENT, COUNT

	}

	/** State on the period's last day, or events inside the period. */
	public enum PeriodRule {

		AS_OF_END, WITHIN

	}

	/** What one counted item is. */
	public enum Analysis {

		TEAM, MEDIATOR, CASE, COMMUNE, TRAINER

	}

	/** The module whose records the indicator counts. */
	public enum Source {

		MEDIATORS, CASES, TRAINING

	}

	private final Kind kind;

	private final Measure measure;

	private final PeriodRule periodRule;

	private final Analysis analysis;

	private final Source source;

	IndicatorCode(Kind kind, Measure measure, PeriodRule periodRule, Analysis analysis, Source source) {
		this.kind = kind;
		this.measure = measure;
		this.periodRule = periodRule;
		this.analysis = analysis;
		this.source = source;
	}

	public Kind kind() {
		return this.kind;
	}

	public Measure measure() {
		return this.measure;
	}

	public PeriodRule periodRule() {
		return this.periodRule;
	}

	public Analysis analysis() {
		return this.analysis;
	}

	public Source source() {
		return this.source;
	}

	public boolean hasTarget() {
		return this.kind != Kind.CONTEXT;
	}

	/** The indicators that carry a target, in the plan's order. */
	public static List<IndicatorCode> targets() {
		return Arrays.stream(values()).filter(IndicatorCode::hasTarget).toList();
	}

	/** The message key prefix of this indicator's words. */
	public String key() {
		return "indicator." + name();
	}

}
