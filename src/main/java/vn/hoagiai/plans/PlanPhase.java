package vn.hoagiai.plans;

/** A phase (giai đoạn) of a plan, from the first to the last year inclusive. */
public record PlanPhase(int number, String name, int fromYear, int toYear) {

}
