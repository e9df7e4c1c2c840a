package vn.hoagiai.audit;

import java.time.LocalDate;

/**
 * Criteria for browsing the trail; every field is optional.
 */
public record AuditFilter(LocalDate from, LocalDate to, String username, AuditAction action, String recordType,
		String recordId, String correlationId) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

}
