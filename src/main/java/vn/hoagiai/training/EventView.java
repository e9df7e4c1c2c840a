package vn.hoagiai.training;

import java.util.List;

/**
 * A training event with its trainers and attendance. The attendance lists only people of
 * units the viewer may see; the counts cover everyone.
 *
 * @param writable whether the viewer may change it (it is organised in their scope)
 */
public record EventView(long id, EventDetails details, long organiserUnitId, String organiserUnitName,
		List<String> trainers, List<AttendanceView> attendance, long present, long late, long absent, long version,
		String withdrawnReason, boolean writable) {

}
