package vn.hoagiai.training;

/**
 * What a library item holds: an uploaded file, a link to a video, or a short article
 * written in the app.
 */
public enum ItemKind {

	FILE, VIDEO, ARTICLE

}
