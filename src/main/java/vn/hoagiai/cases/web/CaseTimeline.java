package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.hoagiai.cases.AmendmentView;
import vn.hoagiai.cases.AssignmentView;
import vn.hoagiai.cases.CaseOutcome;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.cases.FollowUpView;

/**
 * The case's story in date order: intake, the scope check, a notification or referral,
 * assignments, sessions, the outcome, follow-up checks and changes after closing. Each
 * entry is a message key with its arguments.
 */
record CaseTimeline(List<Entry> entries) {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** One event: its day, a message key, the key's arguments and a style. */
	record Entry(LocalDate on, String key, List<Object> args, String tone) {

	}

	static CaseTimeline of(CaseView c, Map<Long, String> mediatorNames) {
		List<Entry> entries = new ArrayList<>();
		LocalDate received = c.details().receivedOn();
		entries.add(new Entry(received, "case.timeline.received",
				List.of(c.registerNumber(), c.registerYear(), c.parties().size()), "secondary"));
		entries.add(c.scope().excluded()
				? new Entry(received, "case.timeline.excluded", List.of(c.scope().reasons().size()), "danger")
				: new Entry(received, "case.timeline.inScope", List.of(), "success"));
		if (c.notification() != null) {
			LocalDate at = (c.notification().at() != null) ? c.notification().at().toLocalDate() : received;
			entries.add(new Entry(at, "case.timeline.notified", List.of(c.notification().to()), "warning"));
		}
		for (AssignmentView a : c.assignments()) {
			entries.add(new Entry(a.assignedAt().atZone(VIETNAM).toLocalDate(), "case.timeline.assigned",
					List.of(mediatorNames.getOrDefault(a.mediatorId(), "#" + a.mediatorId())), "primary"));
		}
		if (c.start().late()) {
			LocalDate on = (c.startedOn() != null) ? c.startedOn() : LocalDate.now();
			entries.add(new Entry(on, c.start().reason(), List.of(c.start().daysLate()), "warning"));
		}
		c.sessions()
			.forEach((s) -> entries.add(new Entry(s.details().heldOn(), "case.timeline.session",
					List.of(orNone(s.details().place())), "primary")));
		CaseOutcome o = c.outcome();
		if (o != null) {
			if (o.referralDate() != null) {
				entries.add(new Entry(o.referralDate(), "case.timeline.referred", List.of(orNone(o.referralBody())),
						"warning"));
			}
			entries.add(new Entry(o.closedOn(), "case.timeline.closed." + o.result(), List.of(), "success"));
		}
		for (FollowUpView f : c.followUps()) {
			entries.add((f.checkedOn() != null)
					? new Entry(f.checkedOn(), "case.timeline.checked." + f.result(), List.of(), "info")
					: new Entry(f.dueOn(), f.due() ? "case.timeline.checkDue" : "case.timeline.checkPlanned", List.of(),
							f.due() ? "danger" : "light"));
		}
		for (AmendmentView a : c.amendments()) {
			entries.add(new Entry(a.madeAt().atZone(VIETNAM).toLocalDate(), "case.timeline.amended." + a.kind(),
					List.of(orNone(a.madeBy()), a.reason()), "dark"));
		}
		entries.sort(Comparator.comparing(Entry::on));
		return new CaseTimeline(entries);
	}

	private static String orNone(String text) {
		return (text != null) ? text : "—";
	}

}
