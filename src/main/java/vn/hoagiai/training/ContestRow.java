package vn.hoagiai.training;

/**
 * A contest in a list: what, when, who organised it and how many took part.
 */
public record ContestRow(long id, String title, ContestLevel level, int year, long organiserUnitId,
		String organiserUnitName, String organiserAgency, long participants, boolean withdrawn) {

}
