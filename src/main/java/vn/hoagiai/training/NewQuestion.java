package vn.hoagiai.training;

import java.util.List;

/**
 * A question for the bank with its choices (in order).
 */
public record NewQuestion(String topic, String text, boolean multiple, String explanation, List<NewChoice> choices) {

	public NewQuestion {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	/** A choice and whether it is correct. */
	public record NewChoice(String text, boolean correct) {
	}

}
