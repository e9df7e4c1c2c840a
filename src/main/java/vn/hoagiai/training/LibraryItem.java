package vn.hoagiai.training;

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
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * An item of the material library: a stored file, a video link or an article. Withdrawn
 * with a reason, never deleted; a newer version names the one it supersedes.
 */
@Entity
@Table(name = "trn_item")
class LibraryItem extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_folded", nullable = false)
	private String titleFolded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	private String tags;

	@Column(name = "tags_folded")
	private String tagsFolded;

	@Column(name = "legal_text")
	private String legalText;

	private String summary;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "supersedes_id")
	private Long supersedesId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "file_hash")
	private String fileHash;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "file_size")
	private Long fileSize;

	@Column(name = "video_url")
	private String videoUrl;

	@Column(name = "body_html")
	private String bodyHtml;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@Version
	private long version;

	protected LibraryItem() {
	}

	LibraryItem(UnitId unit, ItemKind kind, ItemDetails details) {
		this.unitId = unit.value();
		this.kind = kind;
		apply(details);
	}

	/** Applies the details; the article body must already be sanitised. */
	void apply(ItemDetails d) {
		this.title = VietnameseText.clean(d.title());
		this.titleFolded = VietnameseText.fold(d.title());
		this.category = d.category();
		this.tags = VietnameseText.clean(d.tags());
		this.tagsFolded = VietnameseText.fold(d.tags());
		this.legalText = VietnameseText.clean(d.legalText());
		this.summary = VietnameseText.clean(d.summary());
		this.published = d.published();
		this.supersedesId = d.supersedesId();
		this.videoUrl = (this.kind == ItemKind.VIDEO) ? d.videoUrl().strip() : null;
		this.bodyHtml = (this.kind == ItemKind.ARTICLE) ? d.bodyHtml() : null;
	}

	void attach(StoredFiles.StoredFile file, String name) {
		this.fileHash = file.hash();
		this.fileSize = file.size();
		this.mediaType = file.type().mediaType();
		this.fileName = name;
	}

	void withdraw(String reason) {
		this.withdrawnReason = VietnameseText.clean(reason);
	}

	ItemDetails details() {
		return new ItemDetails(this.title, this.category, this.tags, this.legalText, this.summary, this.published,
				this.supersedesId, this.videoUrl, this.bodyHtml);
	}

	Long getId() {
		return this.id;
	}

	ItemKind getKind() {
		return this.kind;
	}

	Category getCategory() {
		return this.category;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	boolean isPublished() {
		return this.published;
	}

	boolean isWithdrawn() {
		return this.withdrawnReason != null;
	}

	String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	String getFileHash() {
		return this.fileHash;
	}

	String getFileName() {
		return this.fileName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	Long getFileSize() {
		return this.fileSize;
	}

	long getVersion() {
		return this.version;
	}

}
