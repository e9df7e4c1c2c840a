package vn.hoagiai.indicators;

import java.util.List;

/**
 * The records behind one indicator of one unit and period, one page of them.
 *
 * @param kind what the rows are
 * @param teams team rows (kind TEAMS)
 * @param cases case rows (kind CASES)
 * @param communes commune rows with whether each is a typical model (kind COMMUNES)
 */
public record RecordsPage(Kind kind, IndicatorCode code, long total, int page, int size, List<TeamRecord> teams,
		List<CaseRecord> cases, List<CommuneRecord> communes) {

	public enum Kind {

		TEAMS, CASES, COMMUNES

	}

	public RecordsPage {
		teams = List.copyOf(teams);
		cases = List.copyOf(cases);
		communes = List.copyOf(communes);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** A team behind a number, with its counts on the period's last day. */
	public record TeamRecord(long id, String name, long members, long women, long minority, long leaders,
			long legalProfessionals, boolean consolidated) {

	}

	/** A commune-level unit and whether one of its teams is recognised as a model. */
	public record CommuneRecord(long id, String name, boolean typicalModel) {

	}

}
