package vn.hoagiai.plans;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An agency leads or coordinates a task from {@code validFrom} until the day before
 * {@code validTo}; ended rows are kept as the history of who was responsible when.
 */
@Entity
@Table(name = "pln_task_agency")
class TaskAgency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_id", nullable = false)
	private Long taskId;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgencyRole role;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "handover_id")
	private Long handoverId;

	protected TaskAgency() {
	}

	TaskAgency(Long taskId, Long agencyId, AgencyRole role, LocalDate validFrom, Long handoverId) {
		this.taskId = taskId;
		this.agencyId = agencyId;
		this.role = role;
		this.validFrom = validFrom;
		this.handoverId = handoverId;
	}

	boolean isCurrent() {
		return this.validTo == null;
	}

	void end(LocalDate date) {
		this.validTo = date.isBefore(this.validFrom) ? this.validFrom : date;
	}

	Long getId() {
		return this.id;
	}

	Long getTaskId() {
		return this.taskId;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	AgencyRole getRole() {
		return this.role;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	Long getHandoverId() {
		return this.handoverId;
	}

}
