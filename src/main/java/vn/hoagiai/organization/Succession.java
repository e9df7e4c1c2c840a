package vn.hoagiai.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_succession")
class Succession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reorganisation_id", nullable = false)
	private Long reorganisationId;

	@Column(name = "predecessor_id", nullable = false)
	private Long predecessorId;

	@Column(name = "successor_id", nullable = false)
	private Long successorId;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "primary_successor", nullable = false)
	private boolean primarySuccessor;

	protected Succession() {
	}

	Succession(Long reorganisationId, Long predecessorId, Long successorId, LocalDate effectiveDate,
			boolean primarySuccessor) {
		this.reorganisationId = reorganisationId;
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		this.effectiveDate = effectiveDate;
		this.primarySuccessor = primarySuccessor;
	}

	Long getPredecessorId() {
		return this.predecessorId;
	}

	Long getSuccessorId() {
		return this.successorId;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	boolean isPrimarySuccessor() {
		return this.primarySuccessor;
	}

}
