package vn.hoagiai.documents;

import java.time.LocalDate;

/**
 * The top of an official document (Decree 30/2020/NĐ-CP, Appendix I): the issuing body
 * under its parent body on the left with the number and symbol below it, the national
 * title and motto on the right with the place and date below them.
 *
 * @param parentBody the body above the issuer ("UBND PHƯỜNG ĐỨC XUÂN"), or null
 * @param issuingBody the issuer ("TỔ HÒA GIẢI TỔ 1")
 * @param number the number and symbol without "Số:" ("12/BB-THG"), or null for none
 * @param place the place name of the date line ("Bắc Kạn")
 * @param date the date of the document
 */
public record Letterhead(String parentBody, String issuingBody, String number, String place, LocalDate date) {

	/** The national title, always in capitals. */
	public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	/** The national motto. */
	public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	/**
	 * "Bắc Kạn, ngày 05 tháng 02 năm 2025": days below 10 and the months January and
	 * February carry a leading zero, as the decree requires.
	 */
	public String placeAndDate() {
		String day = String.format("%02d", this.date.getDayOfMonth());
		int m = this.date.getMonthValue();
		String month = (m <= 2) ? String.format("%02d", m) : String.valueOf(m);
		String when = "ngày " + day + " tháng " + month + " năm " + this.date.getYear();
		return (this.place == null || this.place.isBlank()) ? when : this.place + ", " + when;
	}

	/** "Số: 12/BB-THG", or null when the document has no number. */
	public String numberLine() {
		return (this.number == null || this.number.isBlank()) ? null : "Số: " + this.number;
	}

}
