package vn.hoagiai.plans.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoagiai.plans.PlanDetails;
import vn.hoagiai.plans.PlanStatus;
import vn.hoagiai.plans.PlanSummary;
import vn.hoagiai.plans.PlanView;

/**
 * The form of a plan's header; on a new plan also its unit, the plan it implements and
 * whether that plan's tasks are copied for the unit to adapt.
 */
record PlanForm(Long unitId, Long parentId, Boolean copyTasks, String numberSymbol,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String issuingBody, String title,
		Integer fromYear, Integer toYear, String purposes, String requirements, String funding, PlanStatus status,
		Long version) {

	static PlanForm of(PlanView plan) {
		var d = plan.details();
		return new PlanForm(unitId(plan.summary()), plan.summary().parentId(), false, d.numberSymbol(), d.issuedOn(),
				d.issuingBody(), d.title(), d.fromYear(), d.toYear(), d.purposes(), d.requirements(), d.funding(),
				d.status(), plan.version());
	}

	/** A new plan of {@code unitId}; implementing {@code parent} (copied) when given. */
	static PlanForm start(Long unitId, PlanSummary parent) {
		if (parent == null) {
			return new PlanForm(unitId, null, false, null, null, null, null, null, null, null, null, null,
					PlanStatus.DRAFT, null);
		}
		return new PlanForm(unitId, parent.id(), true, null, null, null, parent.title(), parent.fromYear(),
				parent.toYear(), null, null, null, PlanStatus.DRAFT, null);
	}

	PlanDetails details() {
		return new PlanDetails(clean(this.numberSymbol), this.issuedOn, clean(this.issuingBody), clean(this.title),
				(this.fromYear != null) ? this.fromYear : 0, (this.toYear != null) ? this.toYear : 0,
				clean(this.purposes), clean(this.requirements), clean(this.funding), this.status);
	}

	boolean copying() {
		return this.parentId != null && Boolean.TRUE.equals(this.copyTasks);
	}

	PlanForm withVersion(long saved) {
		return new PlanForm(this.unitId, this.parentId, this.copyTasks, this.numberSymbol, this.issuedOn,
				this.issuingBody, this.title, this.fromYear, this.toYear, this.purposes, this.requirements,
				this.funding, this.status, saved);
	}

	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Long unitId(PlanSummary summary) {
		return (summary.unitId() != null) ? summary.unitId().value() : null;
	}

}
