package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contest with its rounds, judges, criteria, participants in ranking order (with their
 * scores and prizes) and files.
 *
 * @param withdrawnParticipants those taken off the contest, with the reason: kept in its
 * history, out of its ranking
 * @param writable whether the viewer may change it (organised in their scope, not
 * withdrawn)
 */
public record ContestView(long id, ContestDetails details, long organiserUnitId, String organiserUnitName,
		List<RoundView> rounds, List<JudgeView> judges, List<CriterionView> criteria,
		List<ParticipantView> participants, List<WithdrawnParticipantView> withdrawnParticipants, List<FileView> files,
		long version, String withdrawnReason, boolean writable) {

	/** The highest possible score a participant can get (the sum of the criteria). */
	public BigDecimal maxScore() {
		return this.criteria.stream().map(CriterionView::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A round; {@code eventId} is the training event where it is held, if linked. */
	public record RoundView(long id, String name, LocalDate heldOn, Long eventId, String eventTitle) {
	}

	public record JudgeView(long id, String fullName, String title) {
	}

	public record CriterionView(long id, String name, BigDecimal maxPoints) {
	}

	/**
	 * A participant with their standing: each judge's total (null where none), the
	 * average of those totals, the rank (null while unscored) and the prize.
	 */
	public record ParticipantView(long id, ParticipantKind kind, Long teamId, Long mediatorId, String name,
			String unitName, List<BigDecimal> judgeTotals, BigDecimal average, boolean complete, Integer rank,
			Prize prize) {
	}

	/** A participant taken off the contest, why, and on which day. */
	public record WithdrawnParticipantView(long id, ParticipantKind kind, Long teamId, Long mediatorId, String name,
			String unitName, String reason, LocalDate withdrawnOn) {
	}

	/** A photo or a document, served from {@code /contests/{id}/files/{fileId}}. */
	public record FileView(long id, ContestFileKind kind, String title, String fileName, String mediaType, long size) {
	}

}
