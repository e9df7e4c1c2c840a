package vn.hoagiai.training;

/**
 * Criteria for the library list; every field is optional. {@code q} matches titles and
 * tags without regard to accents; {@code unopened} keeps the items the signed-in mediator
 * has not opened yet.
 */
public record LibraryFilter(String q, Category category, boolean unopened) {

	public static LibraryFilter all() {
		return new LibraryFilter(null, null, false);
	}

}
