package vn.hoagiai.training;

/**
 * A contest's file: a photo (JPEG, PNG) or a document (PDF, Word, Excel).
 */
public enum ContestFileKind {

	PHOTO, DOCUMENT

}
