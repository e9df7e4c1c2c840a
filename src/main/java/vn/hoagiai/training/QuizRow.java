package vn.hoagiai.training;

/**
 * A quiz in a list.
 *
 * @param available how many questions of its topic the bank holds
 * @param bestPercent the signed-in user's best score, or null
 */
public record QuizRow(long id, String title, String topic, int questionCount, int passPercent, long available,
		Integer bestPercent) {

}
