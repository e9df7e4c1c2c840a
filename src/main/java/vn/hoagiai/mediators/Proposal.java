package vn.hoagiai.mediators;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.BusinessRuleViolation;

/**
 * A change a team leader proposes for their team (a new mediator, a dismissal, corrected
 * details...), accepted or rejected by the officer who manages the team.
 */
@Entity
@Table(name = "med_proposal")
class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "mediator_id")
	private Long mediatorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalKind kind;

	@Column(nullable = false)
	private String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalStatus status = ProposalStatus.OPEN;

	@Column(name = "proposed_by", nullable = false)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Version
	private long version;

	protected Proposal() {
	}

	Proposal(Long teamId, Long mediatorId, ProposalKind kind, String content, String proposedBy) {
		this.teamId = teamId;
		this.mediatorId = mediatorId;
		this.kind = kind;
		this.content = content;
		this.proposedBy = proposedBy;
		this.proposedAt = Instant.now();
	}

	void decide(boolean accepted, String note, String by) {
		if (this.status != ProposalStatus.OPEN) {
			throw new BusinessRuleViolation("proposal.error.decided");
		}
		this.status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
		this.decisionNote = note;
		this.decidedBy = by;
		this.decidedAt = Instant.now();
	}

	ProposalView view(String mediatorName) {
		return new ProposalView(this.id, this.teamId, this.mediatorId, mediatorName, this.kind, this.content,
				this.status, this.proposedBy, this.proposedAt, this.decidedBy, this.decidedAt, this.decisionNote,
				this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Long getMediatorId() {
		return this.mediatorId;
	}

	long getVersion() {
		return this.version;
	}

}
