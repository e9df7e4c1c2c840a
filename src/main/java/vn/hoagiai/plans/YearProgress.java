package vn.hoagiai.plans;

import java.time.LocalDate;

/**
 * What a person records for a task's year: status (not started, in progress, done), a
 * progress note, the person responsible, and the date it was done.
 */
public record YearProgress(YearStatus status, String note, String responsible, LocalDate doneOn) {

}
