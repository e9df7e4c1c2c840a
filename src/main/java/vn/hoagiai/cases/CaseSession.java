package vn.hoagiai.cases;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mediation session: when, where, who came, who was invited, and what happened.
 */
@Entity
@Table(name = "cas_session")
class CaseSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	private String place;

	private String attendees;

	private String invited;

	private String notes;

	protected CaseSession() {
	}

	CaseSession(long caseId, SessionDetails d) {
		this.caseId = caseId;
		this.heldOn = d.heldOn();
		this.place = d.place();
		this.attendees = d.attendees();
		this.invited = d.invited();
		this.notes = d.notes();
	}

	Long getId() {
		return this.id;
	}

	SessionDetails details() {
		return new SessionDetails(this.heldOn, this.place, this.attendees, this.invited, this.notes);
	}

}
