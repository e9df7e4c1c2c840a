package vn.hoagiai.cases;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * A case in a list: its register row and state. {@code partyNames} is given only to a
 * viewer who may open the case, and never the parties' phone or address.
 */
public record CaseRow(long id, long teamId, UnitId unitId, int registerYear, int registerNumber, LocalDate receivedOn,
		String fieldCode, CaseStatus status, CaseResult result, boolean privateMediation, int parties,
		String partyNames, boolean followUpOverdue) {

	CaseRow withPartyNames(String names) {
		return new CaseRow(this.id, this.teamId, this.unitId, this.registerYear, this.registerNumber, this.receivedOn,
				this.fieldCode, this.status, this.result, this.privateMediation, this.parties, names,
				this.followUpOverdue);
	}

}
