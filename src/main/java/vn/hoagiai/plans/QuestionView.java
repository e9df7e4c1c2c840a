package vn.hoagiai.plans;

import java.util.List;

/** A survey question as forms and results show it. */
public record QuestionView(long id, String text, QuestionKind kind, List<String> options) {

}
