package vn.hoagiai.cases.fees;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Timestamped;
import vn.hoagiai.shared.UnitId;

/**
 * A mediator's fee for a case: eligible with an amount, or not with the reason. Once paid
 * it never changes.
 */
@Entity
@Table(name = "cas_fee")
class MediatorFee extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "mediator_id", nullable = false)
	private Long mediatorId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "closed_on", nullable = false)
	private LocalDate closedOn;

	@Column(nullable = false)
	private String result;

	@Column(nullable = false)
	private boolean eligible;

	private String reason;

	@Column(name = "rate_id")
	private Long rateId;

	private Long amount;

	@Column(nullable = false)
	private boolean breach;

	@Column(name = "breach_note")
	private String breachNote;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "paid_reference")
	private String paidReference;

	@Version
	private long version;

	protected MediatorFee() {
	}

	MediatorFee(long caseId, long mediatorId, UnitId unit, long teamId) {
		this.caseId = caseId;
		this.mediatorId = mediatorId;
		this.unitId = unit.value();
		this.teamId = teamId;
	}

	/** Applies the rule's answer for the case as it closed; a paid fee stays as paid. */
	void assess(CaseResult result, LocalDate closedOn, Long rateId, FeeEligibility.Result answer) {
		if (isPaid()) {
			return;
		}
		this.result = result.name();
		this.closedOn = closedOn;
		this.eligible = answer.eligible();
		this.reason = answer.reason();
		this.rateId = answer.eligible() ? rateId : null;
		this.amount = answer.amount();
	}

	void recordBreach(String note) {
		if (isPaid()) {
			throw new BusinessRuleViolation("fee.error.alreadyPaid");
		}
		this.breach = true;
		this.breachNote = note;
		this.eligible = false;
		this.reason = FeeEligibility.BREACH;
		this.amount = null;
		this.rateId = null;
	}

	void pay(LocalDate on, String reference) {
		if (isPaid()) {
			throw new BusinessRuleViolation("fee.error.alreadyPaid");
		}
		if (!this.eligible) {
			throw new BusinessRuleViolation("fee.error.notEligible");
		}
		this.paidOn = on;
		this.paidReference = reference;
	}

	boolean isPaid() {
		return this.paidOn != null;
	}

	boolean isBreach() {
		return this.breach;
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	long getVersion() {
		return this.version;
	}

	Long getAmount() {
		return this.amount;
	}

}
