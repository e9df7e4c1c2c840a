package vn.hoagiai.organization;

import java.time.LocalDate;

/**
 * From {@code effectiveDate} the work of agency {@code agencyId} passes to agency
 * {@code successorId}: published when a reorganisation ends an agency with a successor,
 * or when an administrator names the successor later. Published inside the writing
 * transaction, so listeners that change their own records commit or roll back with it.
 */
public record AgencySucceeded(long agencyId, long successorId, LocalDate effectiveDate) {

}
