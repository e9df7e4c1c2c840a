package vn.hoagiai.cases;

import java.time.LocalDate;

/**
 * A follow-up check as the case page shows it; {@code due} is true when it is not done
 * and its day has come.
 */
public record FollowUpView(long id, LocalDate dueOn, LocalDate checkedOn, FollowUpResult result, String note,
		boolean due) {

}
