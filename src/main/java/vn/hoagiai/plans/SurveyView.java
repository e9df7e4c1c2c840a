package vn.hoagiai.plans;

import java.util.List;

/**
 * A survey with its unit, questions, number of responses and whether it is open today.
 */
public record SurveyView(long id, String unitName, SurveyDetails details, List<QuestionView> questions, long responses,
		boolean open) {

}
