package vn.hoagiai.training;

/**
 * The file types the library accepts, recognised by their content, never by their name.
 */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), MP4("video/mp4", "mp4"),
	JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

	/** What the library accepts. */
	static final java.util.Set<FileType> LIBRARY = java.util.EnumSet.of(PDF, DOCX, XLSX, MP4);

	/** What a contest accepts as photos. */
	static final java.util.Set<FileType> PHOTOS = java.util.EnumSet.of(JPEG, PNG);

	/** What a contest accepts as documents. */
	static final java.util.Set<FileType> DOCUMENTS = java.util.EnumSet.of(PDF, DOCX, XLSX);

	private final String mediaType;

	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	static FileType ofMediaType(String mediaType) {
		for (FileType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException(mediaType);
	}

}
