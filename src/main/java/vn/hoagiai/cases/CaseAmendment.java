package vn.hoagiai.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change made to a closed case, with the reason given; the audit trail keeps the values
 * before and after.
 */
@Entity
@Table(name = "cas_amendment")
class CaseAmendment {

	/** What the change was. */
	enum Kind {

		EDITED, REOPENED, PARTIES

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "made_at", nullable = false)
	private Instant madeAt;

	@Column(name = "made_by")
	private String madeBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String reason;

	protected CaseAmendment() {
	}

	CaseAmendment(long caseId, String madeBy, Kind kind, String reason) {
		this.caseId = caseId;
		this.madeAt = Instant.now();
		this.madeBy = madeBy;
		this.kind = kind;
		this.reason = reason;
	}

	AmendmentView view() {
		return new AmendmentView(this.madeAt, this.madeBy, this.kind.name(), this.reason);
	}

}
