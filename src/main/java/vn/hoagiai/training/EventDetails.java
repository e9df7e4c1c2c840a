package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable facts of a training event.
 *
 * @param organiserName the organising agency as written on the invitation
 * @param trainerIds trainers from the roster
 * @param guestTrainers trainers from outside the roster, by name
 * @param cost what the event cost, in đồng (kept for the finance module)
 */
public record EventDetails(String title, EventKind kind, String organiserName, LocalDate startDate, LocalDate endDate,
		BigDecimal hours, String place, boolean online, String topics, String audience, Long cost, String documents,
		String outcomes, List<Long> trainerIds, List<String> guestTrainers) {

	public EventDetails {
		trainerIds = (trainerIds != null) ? List.copyOf(trainerIds) : List.of();
		guestTrainers = (guestTrainers != null)
				? guestTrainers.stream().filter((g) -> g != null && !g.isBlank()).map(String::strip).toList()
				: List.of();
	}

}
