package vn.hoagiai.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.hoagiai.training.EventDetails;
import vn.hoagiai.training.EventKind;

/**
 * The event form; guest trainers one per line.
 */
record EventForm(String title, EventKind kind, String organiserName, LocalDate startDate, LocalDate endDate,
		BigDecimal hours, String place, Boolean online, String topics, String audience, Long cost, String documents,
		String outcomes, List<Long> trainerIds, String guestTrainers, Long version) {

	EventDetails details() {
		List<String> guests = (this.guestTrainers != null) ? Arrays.asList(this.guestTrainers.split("\\R")) : List.of();
		return new EventDetails(this.title, this.kind, this.organiserName, this.startDate, this.endDate, this.hours,
				this.place, Boolean.TRUE.equals(this.online), this.topics, this.audience, this.cost, this.documents,
				this.outcomes, this.trainerIds, guests);
	}

	static EventForm of(EventDetails d, long version) {
		return new EventForm(d.title(), d.kind(), d.organiserName(), d.startDate(), d.endDate(), d.hours(), d.place(),
				d.online(), d.topics(), d.audience(), d.cost(), d.documents(), d.outcomes(), d.trainerIds(),
				String.join("\n", d.guestTrainers()), version);
	}

	static EventForm blank() {
		LocalDate today = LocalDate.now();
		return new EventForm(null, EventKind.COURSE, null, today, today, new BigDecimal("4"), null, false, null, null,
				null, null, null, List.of(), null, null);
	}

}
