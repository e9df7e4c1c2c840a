package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.Notification;

/**
 * The edit form of a case's intake details, scope check and notification; a closed case
 * needs a reason.
 */
record EditForm(Long version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, CaseGround ground,
		String fieldCode, String content, Boolean privateMediation, Boolean domesticViolence, Boolean publicInterest,
		Boolean nonMediable, Boolean prosecution, Boolean otherLaw, String notifiedTo,
		@DateTimeFormat(pattern = "yyyy-MM-dd\'T\'HH:mm") LocalDateTime notifiedAt, String reason) {

	static EditForm of(CaseView c) {
		CaseDetails d = c.details();
		Checklist s = c.checklist();
		Notification n = c.notification();
		return new EditForm(c.version(), d.receivedOn(), d.ground(), d.fieldCode(), d.content(), d.privateMediation(),
				d.domesticViolence(), s.publicInterest(), s.nonMediable(), s.prosecution(), s.otherLaw(),
				(n != null) ? n.to() : null, (n != null) ? n.at() : null, null);
	}

	EditForm withVersion(long newVersion) {
		return new EditForm(newVersion, this.receivedOn, this.ground, this.fieldCode, this.content,
				this.privateMediation, this.domesticViolence, this.publicInterest, this.nonMediable, this.prosecution,
				this.otherLaw, this.notifiedTo, this.notifiedAt, this.reason);
	}

	CaseDetails details() {
		return new CaseDetails(this.receivedOn, this.ground, this.fieldCode, this.content,
				IntakeForm.yes(this.privateMediation), IntakeForm.yes(this.domesticViolence));
	}

	Checklist checklist() {
		return new Checklist(IntakeForm.yes(this.publicInterest), IntakeForm.yes(this.nonMediable),
				IntakeForm.yes(this.prosecution), IntakeForm.yes(this.otherLaw));
	}

	Notification notification() {
		return (this.notifiedTo != null && !this.notifiedTo.isBlank())
				? new Notification(this.notifiedTo.strip(), this.notifiedAt) : null;
	}

}
