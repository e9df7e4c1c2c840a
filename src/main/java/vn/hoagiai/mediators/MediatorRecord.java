package vn.hoagiai.mediators;

import java.time.LocalDate;

/**
 * A mediator's full record for an export; ethnicity and phone are null for viewers who
 * may not see them.
 */
public record MediatorRecord(long id, MediatorDetails details, String ethnicityName, String villageName, TeamRole role,
		LocalDate joined) {

}
