package vn.hoagiai.documents;

/**
 * A signature block: who signs in which capacity, an optional hint under it, the space
 * for the signature, and the printed name. A party who cannot sign presses a finger in
 * the fingerprint box (điểm chỉ).
 *
 * @param authority the line above the position ("TM. ỦY BAN NHÂN DÂN"), or null
 * @param position the capacity in capitals ("BÊN A", "HÒA GIẢI VIÊN", "CHỦ TỊCH")
 * @param hint the note in italics under it ("(Ký, ghi rõ họ tên)"), or null
 * @param name the signer's full name, or null to leave it for hand writing
 * @param fingerprintBox whether a box for a fingerprint is drawn beside the signature
 */
public record Signature(String authority, String position, String hint, String name, boolean fingerprintBox) {

	/** The signature of an official: capacity and name. */
	public static Signature official(String authority, String position, String name) {
		return new Signature(authority, position, null, name, false);
	}

	/** A party's block: signature or fingerprint, and the printed name. */
	public static Signature party(String position, String name) {
		return new Signature(null, position, "(Ký, ghi rõ họ tên hoặc điểm chỉ)", name, true);
	}

	/** A block with the "(Ký, ghi rõ họ tên)" hint and no fingerprint box. */
	public static Signature person(String position, String name) {
		return new Signature(null, position, "(Ký, ghi rõ họ tên)", name, false);
	}

}
