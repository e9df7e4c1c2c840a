package vn.hoagiai.plans;

import java.time.LocalDate;

/**
 * Who was responsible for a task when: the agency, its role, from and until (the day
 * before {@code validTo}), and whether it came by a hand-over.
 */
public record AssignmentHistory(long taskId, String taskCode, String agencyName, AgencyRole role, LocalDate validFrom,
		LocalDate validTo, boolean handedOver) {

}
