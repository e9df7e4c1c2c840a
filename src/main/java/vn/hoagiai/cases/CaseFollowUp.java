package vn.hoagiai.cases;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.hoagiai.shared.Timestamped;

/**
 * A check of how the parties carry out a successful mediation's agreement: planned for a
 * day, then recorded with its result. Mediators follow up and persuade, never coerce.
 */
@Entity
@Table(name = "cas_followup")
class CaseFollowUp extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "checked_on")
	private LocalDate checkedOn;

	@Enumerated(EnumType.STRING)
	private FollowUpResult result;

	private String note;

	protected CaseFollowUp() {
	}

	CaseFollowUp(long caseId, LocalDate dueOn) {
		this.caseId = caseId;
		this.dueOn = dueOn;
	}

	void checked(LocalDate on, FollowUpResult result, String note) {
		this.checkedOn = on;
		this.result = result;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	boolean isDone() {
		return this.checkedOn != null;
	}

	FollowUpView view(LocalDate today) {
		return new FollowUpView(this.id, this.dueOn, this.checkedOn, this.result, this.note,
				this.checkedOn == null && !this.dueOn.isAfter(today));
	}

}
