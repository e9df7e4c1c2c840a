package vn.hoagiai.organization;

import java.time.LocalDate;

/**
 * When a reorganisation takes effect and on what legal basis.
 *
 * @param effectiveDate the first day of the new map
 * @param legalBasis the resolution or decision, e.g. "Nghị quyết 202/2025/QH15"; required
 * @param note an optional remark
 */
public record ReorganisationBasis(LocalDate effectiveDate, String legalBasis, String note) {

}
