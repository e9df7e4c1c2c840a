package vn.hoagiai.organization;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_reorganisation")
class Reorganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReorganisationKind kind;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "legal_basis", nullable = false)
	private String legalBasis;

	private String note;

	@Column(nullable = false)
	private String summary;

	@Column(name = "performed_by", nullable = false)
	private String performedBy;

	@Column(name = "performed_at", nullable = false)
	private Instant performedAt;

	protected Reorganisation() {
	}

	Reorganisation(ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note, String summary,
			String performedBy) {
		this.kind = kind;
		this.effectiveDate = effectiveDate;
		this.legalBasis = legalBasis;
		this.note = note;
		this.summary = summary;
		this.performedBy = performedBy;
		this.performedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	ReorganisationKind getKind() {
		return this.kind;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	String getLegalBasis() {
		return this.legalBasis;
	}

	String getNote() {
		return this.note;
	}

	String getSummary() {
		return this.summary;
	}

	String getPerformedBy() {
		return this.performedBy;
	}

	Instant getPerformedAt() {
		return this.performedAt;
	}

}
