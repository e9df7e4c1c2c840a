package vn.hoagiai.plans;

/** An uploaded file or a link. */
public enum EvidenceKind {

	FILE, LINK

}
