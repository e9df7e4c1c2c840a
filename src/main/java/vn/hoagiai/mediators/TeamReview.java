package vn.hoagiai.mediators;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The yearly review and consolidation of a team (rà soát, kiện toàn; Art. 12).
 */
@Entity
@Table(name = "med_team_review")
class TeamReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "review_year", nullable = false)
	private int year;

	@Column(name = "review_date", nullable = false)
	private LocalDate date;

	private String changes;

	@Column(name = "meets_law", nullable = false)
	private boolean meetsLaw;

	@Column(nullable = false)
	private String reviewer;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected TeamReview() {
	}

	TeamReview(Long teamId, LocalDate date, String changes, boolean meetsLaw, String reviewer, String createdBy) {
		this.teamId = teamId;
		this.year = date.getYear();
		this.date = date;
		this.changes = changes;
		this.meetsLaw = meetsLaw;
		this.reviewer = reviewer;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getTeamId() {
		return this.teamId;
	}

	int getYear() {
		return this.year;
	}

	LocalDate getDate() {
		return this.date;
	}

	String getChanges() {
		return this.changes;
	}

	boolean isMeetsLaw() {
		return this.meetsLaw;
	}

	String getReviewer() {
		return this.reviewer;
	}

}
