package vn.hoagiai.plans;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file or link that shows a year's work was done. Withdrawn, never deleted. */
@Entity
@Table(name = "pln_evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_year_id", nullable = false)
	private Long taskYearId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceKind kind;

	@Column(nullable = false)
	private String label;

	private String url;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(nullable = false)
	private boolean withdrawn;

	protected Evidence() {
	}

	static Evidence link(Long taskYearId, String label, String url, String addedBy) {
		Evidence evidence = new Evidence(taskYearId, EvidenceKind.LINK, label, addedBy);
		evidence.url = url;
		return evidence;
	}

	static Evidence file(Long taskYearId, String label, EvidenceFile file, String addedBy) {
		Evidence evidence = new Evidence(taskYearId, EvidenceKind.FILE, label, addedBy);
		evidence.fileName = file.fileName();
		evidence.contentType = file.contentType();
		evidence.sizeBytes = (long) file.content().length;
		evidence.content = file.content();
		return evidence;
	}

	private Evidence(Long taskYearId, EvidenceKind kind, String label, String addedBy) {
		this.taskYearId = taskYearId;
		this.kind = kind;
		this.label = label;
		this.addedBy = addedBy;
		this.addedAt = Instant.now();
	}

	void withdraw() {
		this.withdrawn = true;
	}

	EvidenceView view() {
		return new EvidenceView(this.id, this.kind, this.label, this.url, this.fileName, this.sizeBytes, this.addedBy,
				this.addedAt);
	}

	EvidenceFile file() {
		return new EvidenceFile(this.fileName, this.contentType, this.content);
	}

	Long getId() {
		return this.id;
	}

	Long getTaskYearId() {
		return this.taskYearId;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

}
