package vn.hoagiai.plans;

import java.time.MonthDay;
import java.util.List;

/**
 * A task with the agencies that lead and coordinate it now; a withdrawn task keeps its
 * place with the reason ({@code withdrawnReason} null while it stands).
 */
public record TaskView(long id, String code, String groupCode, String groupTitle, String title, TimeFrame frame,
		MonthDay dueDay, String expectedOutput, String othersNote, List<AgencyRef> leads, List<AgencyRef> coordinators,
		long version, String withdrawnReason) {

	public boolean withdrawn() {
		return this.withdrawnReason != null;
	}

}
