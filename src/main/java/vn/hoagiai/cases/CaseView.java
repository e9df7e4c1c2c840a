package vn.hoagiai.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.shared.UnitId;

/**
 * A case as its page shows it: the register row, intake details, scope check, start
 * deadline, outcome, parties, assigned mediators, sessions, follow-up checks and the
 * changes made after it closed.
 */
public record CaseView(long id, long teamId, UnitId unitId, int registerYear, int registerNumber, CaseStatus status,
		CaseDetails details, Checklist checklist, CaseScope.Result scope, Notification notification,
		LocalDate assignedOn, boolean startImmediate, LocalDate startedOn, StartDeadline.Result start,
		CaseOutcome outcome, List<PartyView> parties, List<AssignmentView> assignments, List<SessionView> sessions,
		List<FollowUpView> followUps, List<AmendmentView> amendments, Instant recordedAt, long version) {

	public CaseView {
		parties = List.copyOf(parties);
		assignments = List.copyOf(assignments);
		sessions = List.copyOf(sessions);
		followUps = List.copyOf(followUps);
		amendments = List.copyOf(amendments);
	}

	public boolean closed() {
		return this.status == CaseStatus.CLOSED;
	}

	public boolean successful() {
		return this.outcome != null && this.outcome.result() == CaseResult.SUCCESSFUL;
	}

	/** A session with its id. */
	public record SessionView(long id, SessionDetails details) {

	}

}
