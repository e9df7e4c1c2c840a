package vn.hoagiai.mediators;

import java.time.Instant;

/**
 * A proposal as the team page shows it.
 */
public record ProposalView(long id, long teamId, Long mediatorId, String mediatorName, ProposalKind kind,
		String content, ProposalStatus status, String proposedBy, Instant proposedAt, String decidedBy,
		Instant decidedAt, String decisionNote, long version) {

}
