package vn.hoagiai.training;

/**
 * Whether an invited person came. Present and late both count as attended.
 */
public enum AttendanceStatus {

	PRESENT, LATE, ABSENT;

	public boolean attended() {
		return this != ABSENT;
	}

}
