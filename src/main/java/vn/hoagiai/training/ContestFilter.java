package vn.hoagiai.training;

/**
 * Criteria for listing contests; every field is optional. {@code q} matches the title
 * accent- and case-insensitively.
 */
public record ContestFilter(String q, ContestLevel level, Integer year) {

	public static ContestFilter all() {
		return new ContestFilter(null, null, null);
	}

}
