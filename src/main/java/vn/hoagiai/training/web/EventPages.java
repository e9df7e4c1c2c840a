package vn.hoagiai.training.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.mediators.TrainerFilter;
import vn.hoagiai.mediators.TrainerRow;
import vn.hoagiai.mediators.TrainerService;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.training.AttendanceEntry;
import vn.hoagiai.training.AttendanceStatus;
import vn.hoagiai.training.AttendeeRole;
import vn.hoagiai.training.EventKind;
import vn.hoagiai.training.EventRow;
import vn.hoagiai.training.EventView;
import vn.hoagiai.training.TrainingDocuments;
import vn.hoagiai.training.TrainingEventService;

/**
 * The training calendar (a month of events), an event's page with its attendance, and the
 * forms that plan, edit and withdraw events and record who came.
 */
@Controller
@RequestMapping("/training")
class EventPages {

	static final String CALENDAR = "training/calendar";

	static final String EVENT = "training/event";

	static final String FORM = "training/event-form";

	static final String SIGN_IN_SHEET = "training/sign-in-sheet";

	private final TrainingEventService events;

	private final TrainerService trainers;

	private final TrainingDocuments documents;

	private final DocumentWriter writer;

	EventPages(TrainingEventService events, TrainerService trainers, TrainingDocuments documents,
			DocumentWriter writer) {
		this.events = events;
		this.trainers = trainers;
		this.documents = documents;
		this.writer = writer;
	}

	@GetMapping
	String calendar(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = parse(month);
		List<EventRow> rows = this.events.calendar(shown.atDay(1), shown.atEndOfMonth());
		Map<LocalDate, List<EventRow>> byDay = new TreeMap<>();
		for (EventRow row : rows) {
			LocalDate day = row.startDate().isBefore(shown.atDay(1)) ? shown.atDay(1) : row.startDate();
			byDay.computeIfAbsent(day, (d) -> new java.util.ArrayList<>()).add(row);
		}
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("days", byDay);
		return CALENDAR;
	}

	@GetMapping("/events/new")
	String createForm(Model model) {
		model.addAttribute("form", EventForm.blank());
		return form(model);
	}

	@PostMapping("/events/new")
	String create(@ModelAttribute("form") EventForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/training/events/" + this.events.create(null, form.details());
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return form(model);
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, Model model) {
		EventView event = this.events.view(id);
		model.addAttribute("event", event);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EventForm.of(event.details(), event.version()));
		}
		if (event.writable()) {
			model.addAttribute("attendees", this.events.attendeeChoices());
			model.addAttribute("statuses", AttendanceStatus.values());
			model.addAttribute("roles", List.of(AttendeeRole.OFFICER, AttendeeRole.COMMUNE_LEADER, AttendeeRole.OTHER));
			choices(model);
		}
		return EVENT;
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.events.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/training/events/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				model.addAttribute("conflict", true);
			}
		}
		return event(id, model);
	}

	@PostMapping("/events/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.events.withdraw(id, version, reason);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("withdrawFailed", true);
		}
		return "redirect:/training/events/" + id;
	}

	@PostMapping("/events/{id}/attendance")
	String attend(@PathVariable long id, @RequestParam(required = false) Long mediatorId,
			@RequestParam(required = false) String name, @RequestParam(required = false) AttendeeRole role,
			@RequestParam(required = false) AttendanceStatus status, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		AttendanceEntry entry = (mediatorId != null)
				? new AttendanceEntry(mediatorId, null, AttendeeRole.MEDIATOR, null, status, note)
				: new AttendanceEntry(null, name, role, null, status, note);
		try {
			this.events.recordAttendance(id, List.of(entry));
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("attendanceProblems",
					ex.problems().stream().map((p) -> p.messageKey()).distinct().toList());
		}
		return "redirect:/training/events/" + id + "#attendance";
	}

	@PostMapping("/events/{id}/certificates")
	String certificates(@PathVariable long id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("certificatesIssued", this.events.issueCertificates(id));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("attendanceProblems",
					ex.problems().stream().map((p) -> p.messageKey()).distinct().toList());
		}
		return "redirect:/training/events/" + id;
	}

	@GetMapping("/events/{id}/sign-in-sheet")
	String signInSheet(@PathVariable long id, Model model) {
		model.addAttribute("event", this.events.view(id));
		return SIGN_IN_SHEET;
	}

	@GetMapping("/events/{id}/sign-in-sheet.pdf")
	ResponseEntity<byte[]> signInSheetPdf(@PathVariable long id) {
		return this.writer.download(this.documents.signInSheet(id), DocumentFormat.PDF, "danh-sach-ky-ten-" + id);
	}

	private String form(Model model) {
		choices(model);
		return FORM;
	}

	private void choices(Model model) {
		model.addAttribute("kinds", EventKind.values());
		List<TrainerRow> roster;
		try {
			roster = this.trainers.list(new TrainerFilter(null, null, null, true), PageRequest.of(0, 500)).getContent();
		}
		catch (AccessDeniedException ex) {
			roster = List.of();
		}
		model.addAttribute("trainerChoices", roster);
	}

	private static YearMonth parse(String month) {
		if (month != null) {
			try {
				return YearMonth.parse(month);
			}
			catch (DateTimeParseException ex) {
				// an unreadable month shows the current one
			}
		}
		return YearMonth.now();
	}

}
