package vn.hoagiai.training.imports;

/**
 * A confirmation whose sheet no longer passes the checks (the register changed since the
 * preview); nothing was saved.
 */
public class ImportRejected extends RuntimeException {

	private final transient AttendancePreview preview;

	ImportRejected(AttendancePreview preview) {
		super("Attendance import rejected");
		this.preview = preview;
	}

	public AttendancePreview preview() {
		return this.preview;
	}

}
