package vn.hoagiai.cases.fees;

import java.time.LocalDate;

/**
 * What a fee rate says: amounts in VND for a successful and an unsuccessful case, the
 * ceiling, the legal basis, and the first and last day it applies (last day null while
 * open).
 */
public record RateDetails(long successful, long unsuccessful, long ceiling, String legalBasis, LocalDate validFrom,
		LocalDate validTo) {

	boolean overlaps(LocalDate from, LocalDate to) {
		LocalDate myEnd = (this.validTo != null) ? this.validTo : LocalDate.MAX;
		LocalDate end = (to != null) ? to : LocalDate.MAX;
		return !this.validFrom.isAfter(end) && !from.isAfter(myEnd);
	}

}
