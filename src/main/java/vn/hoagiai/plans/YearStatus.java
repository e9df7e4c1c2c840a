package vn.hoagiai.plans;

/**
 * A task's status in one year. People record {@link #NOT_STARTED}, {@link #IN_PROGRESS}
 * and {@link #DONE}; {@link #OVERDUE} and {@link #NOT_DUE} follow from the dates and the
 * time frame (see {@link TaskSchedule}).
 */
public enum YearStatus {

	NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, NOT_DUE;

	/** Whether a person may set this status; the others are computed. */
	public boolean recordable() {
		return this == NOT_STARTED || this == IN_PROGRESS || this == DONE;
	}

}
