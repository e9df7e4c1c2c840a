package vn.hoagiai.plans.web;

import vn.hoagiai.plans.PlanTarget;
import vn.hoagiai.plans.TargetView;

/** The form of a plan's target: description, threshold, by year, indicator code. */
record TargetForm(String description, String threshold, Integer byYear, String code, Long version) {

	static TargetForm empty() {
		return new TargetForm(null, null, null, null, null);
	}

	static TargetForm of(TargetView target) {
		return new TargetForm(target.description(), target.threshold(), target.byYear(), target.code(),
				target.version());
	}

	PlanTarget target() {
		return new PlanTarget(PlanForm.clean(this.code), PlanForm.clean(this.description),
				PlanForm.clean(this.threshold), this.byYear);
	}

	TargetForm withVersion(long saved) {
		return new TargetForm(this.description, this.threshold, this.byYear, this.code, saved);
	}

}
