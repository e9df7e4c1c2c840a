package vn.hoagiai.plans;

import java.time.LocalDate;

/** A recommendation to add: what, who owns it, by when. */
public record NewRecommendation(String text, String owner, LocalDate dueOn) {

}
