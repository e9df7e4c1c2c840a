package vn.hoagiai.cases;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * Filters for the case list; every one may be null. {@code unit} is a commune or village
 * (cases at or below it); {@code q} matches party names without accents (ignored for
 * viewers who see counts only); {@code overdueFollowUps} keeps cases with a follow-up
 * check whose day has passed.
 */
public record CaseFilter(UnitId unit, Long teamId, CaseStatus status, String fieldCode, LocalDate from, LocalDate to,
		String q, Long mediatorId, Boolean overdueFollowUps) {

	public CaseFilter(UnitId unit, Long teamId, CaseStatus status, String fieldCode, LocalDate from, LocalDate to,
			String q) {
		this(unit, teamId, status, fieldCode, from, to, q, null, null);
	}

	public static CaseFilter all() {
		return new CaseFilter(null, null, null, null, null, null, null);
	}

	CaseFilter withoutSearch() {
		return new CaseFilter(this.unit, this.teamId, this.status, this.fieldCode, this.from, this.to, null,
				this.mediatorId, this.overdueFollowUps);
	}

}
