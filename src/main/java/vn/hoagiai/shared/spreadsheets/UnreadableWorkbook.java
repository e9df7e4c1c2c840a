package vn.hoagiai.shared.spreadsheets;

/**
 * A file that is not an Excel workbook we accept; the message key says why.
 */
public class UnreadableWorkbook extends RuntimeException {

	private final String messageKey;

	public UnreadableWorkbook(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
