package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A team's register book (sổ theo dõi hoạt động hòa giải ở cơ sở) for a year, in the
 * Ministry's layout: the cover, Part I with one row per case in register order, Part II
 * with the leader's summary by mediator, field and result.
 */
public record RegisterBook(Cover cover, List<Row> rows, Summary summary) {

	public RegisterBook {
		rows = List.copyOf(rows);
	}

	/**
	 * The cover: where the team sits, the team, the volume and when it was opened and
	 * closed.
	 */
	public record Cover(long teamId, vn.hoagiai.shared.UnitId unitId, String teamName, int year, Places places,
			LocalDate opened, LocalDate closed) {

	}

	/**
	 * One case: columns (1) to (10). A case the viewer may not open keeps its number,
	 * date and result and shows no names or content ({@code masked}).
	 */
	public record Row(long caseId, int number, LocalDate receivedOn, String mediators, String parties, String content,
			String agreement, boolean successful, boolean unsuccessful, String notes, boolean masked) {

	}

	/** Part II: a row per mediator who mediated a case of the book, and the totals. */
	public record Summary(List<String> fields, List<SummaryRow> rows, SummaryRow total) {

		public Summary {
			fields = List.copyOf(fields);
			rows = List.copyOf(rows);
		}

	}

	/**
	 * A mediator's cases by field (in the order of {@link Summary#fields}) and by result;
	 * {@code other} counts cases in progress, withdrawn or referred.
	 */
	public record SummaryRow(String mediator, List<Integer> byField, int successful, int unsuccessful, int other) {

		public SummaryRow {
			byField = List.copyOf(byField);
		}

		public int cases() {
			return this.successful + this.unsuccessful + this.other;
		}

	}

}
