package vn.hoagiai.documents.internal;

/**
 * The fixed words of the state format. An official document is always in Vietnamese
 * whatever the reader's language, so these are not in the message bundles.
 */
final class Words {

	static final String RECIPIENTS = "Nơi nhận:";

	static final String FINGERPRINT = "Điểm chỉ";

	private Words() {
	}

}
