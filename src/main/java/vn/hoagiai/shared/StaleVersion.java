package vn.hoagiai.shared;

/**
 * Someone else saved the record after the current user loaded it.
 */
public class StaleVersion extends RuntimeException {

	public StaleVersion(String recordType, Object recordId) {
		super(recordType + " " + recordId + " was changed by someone else");
	}

}
