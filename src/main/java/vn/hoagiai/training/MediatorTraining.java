package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A mediator's training record: events attended, hours, the library items opened, and the
 * two named rules applied to the plan period.
 *
 * @param hours hours of the events attended (present or late)
 * @param trained "trained in the period" over the plan period
 * @param materialSetUsed "has used the material set" as of now
 * @param missingCategories required categories not opened yet
 */
public record MediatorTraining(long mediatorId, String fullName, String unitName, List<EventLine> events,
		BigDecimal hours, boolean trained, LocalDate planFrom, LocalDate planTo, List<MaterialLine> materials,
		boolean materialSetUsed, Set<Category> missingCategories, List<QuizResult> quizResults,
		List<Certificates.CertificateLine> certificates) {

	/** An event the mediator was listed for. */
	public record EventLine(long eventId, String title, EventKind kind, LocalDate startDate, LocalDate endDate,
			BigDecimal hours, AttendanceStatus status, boolean counted) {
	}

	/** A quiz taken online or on paper. */
	public record QuizResult(String quizTitle, int score, int total, boolean passed, boolean paper,
			Instant submittedAt) {
	}

	/** A library item the mediator opened. */
	public record MaterialLine(long itemId, String title, Category category, Instant firstOpened, Instant lastOpened,
			int openCount) {
	}

}
