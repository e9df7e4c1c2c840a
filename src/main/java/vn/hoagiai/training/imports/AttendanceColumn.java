package vn.hoagiai.training.imports;

/**
 * The columns of the attendance sheet, found by their titles (Vietnamese or English).
 */
public enum AttendanceColumn {

	FULL_NAME, BIRTH_YEAR, VILLAGE, ROLE, STATUS, NOTE;

	public String messageKey() {
		return "attendanceImport.column." + name();
	}

}
