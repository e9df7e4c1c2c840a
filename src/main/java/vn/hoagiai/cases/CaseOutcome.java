package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * How a case ended: the result, the end reason, the agreement, the referral, the day it
 * closed and, for an unsuccessful mediation, each party's demands and where they were
 * told to go.
 */
public record CaseOutcome(CaseResult result, EndReason endReason, String agreement, String referralBody,
		LocalDate referralDate, String referralNote, LocalDate closedOn, List<PartyDemand> demands) {

	public CaseOutcome {
		demands = (demands != null) ? List.copyOf(demands) : List.of();
	}

	/** One party's demands and the body they were told to go to. */
	public record PartyDemand(long partyId, String demands, String referredTo) {

	}

}
