package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;

import vn.hoagiai.shared.UnitId;

/**
 * Units were merged: from {@code effectiveDate} the records of {@code sources} belong to
 * {@code target}.
 */
public record UnitMerged(long reorganisationId, List<UnitId> sources, UnitId target, LocalDate effectiveDate) {

	public UnitMerged {
		sources = List.copyOf(sources);
	}

}
