package vn.hoagiai.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The open tasks of an agency that ended passed to its successor on a date. */
@Entity
@Table(name = "pln_handover")
class Handover {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "from_agency_id", nullable = false)
	private Long fromAgencyId;

	@Column(name = "to_agency_id", nullable = false)
	private Long toAgencyId;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "task_count", nullable = false)
	private int taskCount;

	@Column(name = "performed_by", nullable = false)
	private String performedBy;

	@Column(name = "performed_at", nullable = false)
	private Instant performedAt;

	protected Handover() {
	}

	Handover(Long fromAgencyId, Long toAgencyId, LocalDate effectiveDate, String performedBy) {
		this.fromAgencyId = fromAgencyId;
		this.toAgencyId = toAgencyId;
		this.effectiveDate = effectiveDate;
		this.performedBy = performedBy;
		this.performedAt = Instant.now();
	}

	void counted(int tasks) {
		this.taskCount = tasks;
	}

	Long getId() {
		return this.id;
	}

	Long getFromAgencyId() {
		return this.fromAgencyId;
	}

	Long getToAgencyId() {
		return this.toAgencyId;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	int getTaskCount() {
		return this.taskCount;
	}

}
