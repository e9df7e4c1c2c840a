package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.cases.Notification;
import vn.hoagiai.cases.PartyDetails;

/**
 * A case as the API receives it: for a create the team and parties, for an edit the
 * version, the scope checklist, the notification and, for a closed case, the reason.
 */
record CaseRequest(Long teamId, Long version, LocalDate receivedOn, CaseGround ground, String fieldCode, String content,
		boolean privateMediation, boolean domesticViolence, List<PartyDetails> parties, Checklist checklist,
		String notifiedTo, LocalDateTime notifiedAt, String reason) {

	CaseDetails details() {
		return new CaseDetails(this.receivedOn, this.ground, this.fieldCode, this.content, this.privateMediation,
				this.domesticViolence);
	}

	List<PartyDetails> partyList() {
		return (this.parties != null) ? this.parties : List.of();
	}

	Notification notification() {
		return (this.notifiedTo != null && !this.notifiedTo.isBlank())
				? new Notification(this.notifiedTo, this.notifiedAt) : null;
	}

}
