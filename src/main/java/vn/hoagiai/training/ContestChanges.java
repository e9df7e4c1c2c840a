package vn.hoagiai.training;

import vn.hoagiai.audit.Changes;

/**
 * What the audit trail keeps of a change to a contest's details: each field that changed,
 * and the lists as the form shows them.
 */
final class ContestChanges {

	private static final ContestDetails NONE = new ContestDetails(null, null, null, null, null, null, null, null, null,
			null, null, null);

	private ContestChanges() {
	}

	/** From {@code before} (null for a new contest) to {@code after}. */
	static Changes of(ContestDetails before, ContestDetails after) {
		ContestDetails b = (before != null) ? before : NONE;
		return Changes.of("title", b.title(), after.title())
			.field("level", b.level(), after.level())
			.field("year", b.year(), after.year())
			.field("organiserAgency", b.organiserAgency(), after.organiserAgency())
			.field("coordinators", b.coordinators(), after.coordinators())
			.field("startDate", b.startDate(), after.startDate())
			.field("endDate", b.endDate(), after.endDate())
			.field("place", b.place(), after.place())
			.field("rounds", ContestLines.roundsText(b.rounds()), ContestLines.roundsText(after.rounds()))
			.field("judges", ContestLines.judgesText(b.judges()), ContestLines.judgesText(after.judges()))
			.field("criteria", ContestLines.criteriaText(b.criteria()), ContestLines.criteriaText(after.criteria()));
	}

}
