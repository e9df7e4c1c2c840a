package vn.hoagiai.mediators;

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
 * One stretch of a mediator's service in a team, in one role.
 */
@Entity
@Table(name = "med_membership")
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "mediator_id", nullable = false)
	private Long mediatorId;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(name = "team_role", nullable = false)
	private TeamRole role;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	private String note;

	protected Membership() {
	}

	Membership(Long mediatorId, Long teamId, TeamRole role, LocalDate fromDate, String note) {
		this.mediatorId = mediatorId;
		this.teamId = teamId;
		this.role = role;
		this.fromDate = fromDate;
		this.note = note;
	}

	void end(LocalDate date) {
		this.toDate = date;
	}

	boolean isOpen() {
		return this.toDate == null;
	}

	Long getMediatorId() {
		return this.mediatorId;
	}

	Long getTeamId() {
		return this.teamId;
	}

	TeamRole getRole() {
		return this.role;
	}

	LocalDate getFromDate() {
		return this.fromDate;
	}

	LocalDate getToDate() {
		return this.toDate;
	}

	String getNote() {
		return this.note;
	}

}
