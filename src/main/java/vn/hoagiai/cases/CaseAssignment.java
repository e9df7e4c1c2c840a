package vn.hoagiai.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mediator assigned to a case by the team leader.
 */
@Entity
@Table(name = "cas_assignment")
class CaseAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "mediator_id", nullable = false)
	private Long mediatorId;

	@Column(name = "declared_interest", nullable = false)
	private boolean declaredInterest;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	protected CaseAssignment() {
	}

	CaseAssignment(long caseId, long mediatorId) {
		this.caseId = caseId;
		this.mediatorId = mediatorId;
		this.assignedAt = Instant.now();
	}

	long getMediatorId() {
		return this.mediatorId;
	}

	AssignmentView view() {
		return new AssignmentView(this.mediatorId, this.assignedAt);
	}

}
