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
import jakarta.persistence.Version;

import vn.hoagiai.shared.Timestamped;

/**
 * A recommendation of an inspection, with its owner and due date, followed until closed.
 */
@Entity
@Table(name = "pln_recommendation")
class Recommendation extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inspection_id", nullable = false)
	private Long inspectionId;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String owner;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecommendationStatus status;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "closing_note")
	private String closingNote;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(Long inspectionId, String text, String owner, LocalDate dueOn) {
		this.inspectionId = inspectionId;
		this.text = text;
		this.owner = owner;
		this.dueOn = dueOn;
		this.status = RecommendationStatus.OPEN;
	}

	void close(LocalDate on, String note) {
		this.status = RecommendationStatus.CLOSED;
		this.closedOn = on;
		this.closingNote = note;
	}

	boolean isOverdue(LocalDate today) {
		return this.status == RecommendationStatus.OPEN && today.isAfter(this.dueOn);
	}

	RecommendationView view(String unitName, LocalDate today) {
		return new RecommendationView(this.id, this.inspectionId, unitName, this.text, this.owner, this.dueOn,
				this.status, isOverdue(today), this.closedOn, this.closingNote, this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getInspectionId() {
		return this.inspectionId;
	}

	RecommendationStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
