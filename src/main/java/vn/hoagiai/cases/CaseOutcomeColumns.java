package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How the case ended, as stored on the case; the parties' demands live on the parties.
 */
@Embeddable
class CaseOutcomeColumns {

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private EndReason endReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "result")
	private CaseResult result;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "agreement")
	private String agreement;

	@Column(name = "referral_body")
	private String referralBody;

	@Column(name = "referral_date")
	private LocalDate referralDate;

	@Column(name = "referral_note")
	private String referralNote;

	void apply(CaseOutcome outcome) {
		this.result = outcome.result();
		this.endReason = outcome.endReason();
		this.agreement = outcome.agreement();
		this.referralBody = outcome.referralBody();
		this.referralDate = outcome.referralDate();
		this.referralNote = outcome.referralNote();
		this.closedOn = outcome.closedOn();
	}

	/** Keeps the agreement and the referral on record; only the result is undone. */
	void reopen() {
		this.result = null;
		this.endReason = null;
		this.closedOn = null;
	}

	CaseOutcome outcome() {
		if (this.result == null) {
			return null;
		}
		return new CaseOutcome(this.result, this.endReason, this.agreement, this.referralBody, this.referralDate,
				this.referralNote, this.closedOn, List.of());
	}

}
