package vn.hoagiai.plans;

/**
 * An answer to one question: the option index (0-based) for a choice, the value 1-5 for a
 * scale, text for a text question.
 */
public record AnswerInput(long questionId, Integer choice, String text) {

}
