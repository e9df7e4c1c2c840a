package vn.hoagiai.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reorganisation as recorded: what, when, on what legal basis, and who entered it.
 */
public record ReorganisationView(long id, ReorganisationKind kind, LocalDate effectiveDate, String legalBasis,
		String note, String summary, String performedBy, Instant performedAt) {

	static ReorganisationView of(Reorganisation r) {
		return new ReorganisationView(r.getId(), r.getKind(), r.getEffectiveDate(), r.getLegalBasis(), r.getNote(),
				r.getSummary(), r.getPerformedBy(), r.getPerformedAt());
	}

}
