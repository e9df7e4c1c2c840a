package vn.hoagiai.cases;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.hoagiai.cases.CaseScope.Checklist;

/**
 * The Art. 3 checklist and the notification of a risk of violence, as stored on the case.
 */
@Embeddable
class CaseScopeColumns {

	@Column(name = "excl_public_interest", nullable = false)
	private boolean publicInterest;

	@Column(name = "excl_non_mediable", nullable = false)
	private boolean nonMediable;

	@Column(name = "excl_prosecution", nullable = false)
	private boolean prosecution;

	@Column(name = "excl_other_law", nullable = false)
	private boolean otherLaw;

	@Column(name = "notified_to")
	private String notifiedTo;

	@Column(name = "notified_at")
	private LocalDateTime notifiedAt;

	void apply(Checklist checklist, Notification notification) {
		this.publicInterest = checklist.publicInterest();
		this.nonMediable = checklist.nonMediable();
		this.prosecution = checklist.prosecution();
		this.otherLaw = checklist.otherLaw();
		this.notifiedTo = (notification != null) ? notification.to() : null;
		this.notifiedAt = (notification != null) ? notification.at() : null;
	}

	Checklist checklist() {
		return new Checklist(this.publicInterest, this.nonMediable, this.prosecution, this.otherLaw);
	}

	Notification notification() {
		return (this.notifiedTo != null) ? new Notification(this.notifiedTo, this.notifiedAt) : null;
	}

}
