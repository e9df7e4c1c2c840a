package vn.hoagiai.plans;

import java.util.List;

/** A question: its text, kind and (for a choice) the options. */
public record QuestionSpec(String text, QuestionKind kind, List<String> options) {

	public QuestionSpec {
		options = (options != null) ? List.copyOf(options) : List.of();
	}

}
