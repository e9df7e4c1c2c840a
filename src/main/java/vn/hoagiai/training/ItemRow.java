package vn.hoagiai.training;

/**
 * A library item in a list.
 *
 * @param opened for a signed-in mediator, whether they opened it; null for others
 * @param superseded whether a newer item replaces it
 */
public record ItemRow(long id, String title, ItemKind kind, Category category, String tags, String legalText,
		boolean published, Boolean opened, boolean superseded) {

}
