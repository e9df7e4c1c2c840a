package vn.hoagiai.plans.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoagiai.plans.TaskYearView;
import vn.hoagiai.plans.YearProgress;
import vn.hoagiai.plans.YearStatus;

/** The form that records a task's year. */
record YearForm(YearStatus status, String note, String responsible,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn, Long version) {

	static YearForm of(TaskYearView view) {
		return new YearForm(view.recorded(), view.note(), view.responsible(), view.doneOn(), view.version());
	}

	YearProgress progress() {
		return new YearProgress(this.status, this.note, this.responsible, this.doneOn);
	}

}
