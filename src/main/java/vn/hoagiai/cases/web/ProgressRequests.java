package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.cases.CaseOutcome;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.FollowUpResult;
import vn.hoagiai.cases.SessionDetails;

/**
 * The bodies of the API calls that move a case along; each carries the version it was
 * based on.
 */
final class ProgressRequests {

	private ProgressRequests() {
	}

	record AssignmentRequest(Long version, Long mediatorId, Boolean declaredInterest, LocalDate assignedOn,
			Boolean immediateOrAgreedOtherwise) {

	}

	record SessionRequest(Long version, LocalDate heldOn, String place, String attendees, String invited,
			String notes) {

		SessionDetails details() {
			return new SessionDetails(this.heldOn, this.place, this.attendees, this.invited, this.notes);
		}

	}

	record StartRequest(Long version, LocalDate startedOn) {

	}

	/**
	 * Without {@code followUpId} plans a check for {@code dueOn}; with it records the
	 * check.
	 */
	record FollowUpRequest(Long version, Long followUpId, LocalDate dueOn, LocalDate checkedOn, FollowUpResult result,
			String note) {

	}

	record ReopenRequest(Long version, String reason) {

	}

	record OutcomeRequest(Long version, CaseResult result, EndReason endReason, String agreement, String referralBody,
			LocalDate referralDate, String referralNote, LocalDate closedOn, List<CaseOutcome.PartyDemand> demands,
			LocalDate followUpDue) {

		CaseOutcome outcome() {
			return new CaseOutcome(this.result, this.endReason, this.agreement, this.referralBody, this.referralDate,
					this.referralNote, this.closedOn, this.demands);
		}

	}

}
