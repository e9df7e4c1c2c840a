package vn.hoagiai.training;

import java.time.Duration;
import java.util.List;

/**
 * An attempt: before submitting, its questions and choices (without the answers); after,
 * the score, the time taken and the review with explanations.
 *
 * @param certificateCode the certificate issued for passing, if any
 */
public record AttemptView(long id, long quizId, String quizTitle, int passPercent, boolean submitted,
		List<QuizScoring.Review> questions, Integer score, int total, Boolean passed, Duration duration,
		String certificateCode) {

	public Integer percent() {
		return (this.score == null || this.total == 0) ? null : Math.round(100f * this.score / this.total);
	}

	public long minutes() {
		return (this.duration != null) ? this.duration.toMinutes() : 0;
	}

}
