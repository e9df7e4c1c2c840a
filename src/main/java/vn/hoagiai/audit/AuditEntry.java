package vn.hoagiai.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 */
public record AuditEntry(long id, Instant occurredAt, String username, Long unitId, AuditAction action,
		String recordType, String recordId, String changes, String clientAddress, String correlationId) {

}
