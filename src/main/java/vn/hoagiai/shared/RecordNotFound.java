package vn.hoagiai.shared;

/**
 * A record that does not exist or that the current user may not see. Both answer 404 so
 * that an id from another unit cannot be told apart from a missing one.
 */
public class RecordNotFound extends RuntimeException {

	private final String recordType;

	private final String recordId;

	public RecordNotFound(String recordType, Object recordId) {
		super(recordType + " " + recordId + " not found");
		this.recordType = recordType;
		this.recordId = String.valueOf(recordId);
	}

	public String recordType() {
		return this.recordType;
	}

	public String recordId() {
		return this.recordId;
	}

}
