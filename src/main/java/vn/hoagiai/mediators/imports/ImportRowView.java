package vn.hoagiai.mediators.imports;

/**
 * A row as it will be saved, for the preview table.
 */
public record ImportRowView(int row, String fullName, String sex, Integer birthYear, String village, String role) {

}
