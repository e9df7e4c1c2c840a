package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * Training events and their attendance: plan, edit, withdraw with a reason; record who
 * came (mediators of the register and others), all lines or none.
 */
@Service
@Transactional(readOnly = true)
public class TrainingEventService {

	static final String RECORD = "TrainingEvent";

	/** Who organises training: officers, partner agencies and trainers. */
	public static final String WRITERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER','PARTNER','TRAINER')";

	private final TrainingEventRepository events;

	private final Attendances attendances;

	private final EventQueries queries;

	private final EventScope scope;

	private final UnitScope units;

	private final UnitDirectory directory;

	private final MediatorDirectory mediators;

	private final AuditTrail audit;

	private final Certificates certificates;

	TrainingEventService(TrainingEventRepository events, Attendances attendances, EventQueries queries,
			EventScope scope, UnitScope units, UnitDirectory directory, MediatorDirectory mediators, AuditTrail audit,
			Certificates certificates) {
		this.certificates = certificates;
		this.events = events;
		this.attendances = attendances;
		this.queries = queries;
		this.scope = scope;
		this.units = units;
		this.directory = directory;
		this.mediators = mediators;
		this.audit = audit;
	}

	public Page<EventRow> list(EventFilter filter, Pageable page) {
		return this.queries.list(filter, this.scope.readable(), page);
	}

	/** The events that run on any day between {@code from} and {@code to}. */
	public List<EventRow> calendar(LocalDate from, LocalDate to) {
		return this.queries.between(from, to, this.scope.readable());
	}

	public EventView view(long id) {
		TrainingEvent event = load(id);
		this.scope.requireReadable(event.getOrganiserUnitId(), id);
		EventDetails details = event.details();
		Map<Long, String> names = this.mediators.trainerNames(details.trainerIds());
		List<String> trainers = new ArrayList<>(details.trainerIds().stream().map(names::get).toList());
		trainers.addAll(details.guestTrainers());
		Map<AttendanceStatus, Long> counts = this.attendances.counts(id);
		String unitName = this.directory.find(event.getOrganiserUnitId()).map(UnitView::name).orElse("");
		return new EventView(id, details, event.getOrganiserUnitId().value(), unitName, trainers,
				this.attendances.list(id, this.scope.visible()), counts.get(AttendanceStatus.PRESENT),
				counts.get(AttendanceStatus.LATE), counts.get(AttendanceStatus.ABSENT), event.getVersion(),
				event.getWithdrawnReason(), !event.isWithdrawn() && this.scope.writable(event.getOrganiserUnitId()));
	}

	/** The active mediators of the viewer's scope, who may be listed as attendees. */
	public List<Attendee> attendeeChoices() {
		return this.mediators.active(this.units.visibleUnits())
			.stream()
			.map((p) -> new Attendee(p.id(), p.fullName(), p.nameFolded(), p.birthYear(), p.unitName(),
					VietnameseText.fold(p.unitName())))
			.sorted(java.util.Comparator.comparing(Attendee::nameFolded))
			.toList();
	}

	/**
	 * Plans an event organised by {@code organiser} (the viewer's own unit when null).
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public long create(UnitId organiser, EventDetails details) {
		UnitId unit = (organiser != null) ? organiser : CurrentViewer.require().unitId();
		this.units.requireUnit(unit);
		check(details);
		TrainingEvent event = this.events.save(new TrainingEvent(unit, details));
		this.audit.created(RECORD, event.getId(), unit, changes(null, details));
		return event.getId();
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, EventDetails details) {
		TrainingEvent event = loadForWrite(id, version);
		check(details);
		EventDetails before = event.details();
		event.apply(details);
		this.attendances.follow(id, details.startDate(), details.kind());
		this.audit.updated(RECORD, id, event.getOrganiserUnitId(), changes(before, details));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void withdraw(long id, long version, String reason) {
		TrainingEvent event = loadForWrite(id, version);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.required")));
		}
		event.withdraw(reason);
		this.attendances.eventChanged(id);
		this.audit.withdrawn(RECORD, id, event.getOrganiserUnitId(), reason);
	}

	/**
	 * Records attendance lines: every line is checked first and nothing is saved when any
	 * has a problem. A mediator listed again replaces their earlier line.
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public int recordAttendance(long id, List<AttendanceEntry> entries) {
		TrainingEvent event = load(id);
		this.scope.requireWritable(event.getOrganiserUnitId(), id);
		if (event.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("event", "event.withdrawn")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<Long> ids = new HashSet<>();
		entries.stream().map(AttendanceEntry::mediatorId).filter(Objects::nonNull).forEach(ids::add);
		Map<Long, MediatorDirectory.Person> people = this.mediators.byIds(ids);
		var visible = this.units.visibleUnits();
		if (entries.isEmpty()) {
			problems.add(FieldProblem.of("entries", "attendance.empty"));
		}
		for (int i = 0; i < entries.size(); i++) {
			problems.addAll(checkEntry("entries[" + i + "].", entries.get(i), people, visible));
		}
		InvalidInput.throwIfAny(problems);
		for (AttendanceEntry entry : entries) {
			String note = VietnameseText.clean(entry.note());
			if (entry.mediatorId() != null) {
				this.attendances.putMediator(id, people.get(entry.mediatorId()), entry.status(), note,
						event.getStartDate(), event.getKind());
			}
			else {
				Long unit = (entry.unitId() != null) ? entry.unitId() : event.getOrganiserUnitId().value();
				this.attendances.addOther(id, VietnameseText.clean(entry.name()), entry.role(), unit, entry.status(),
						note, event.getStartDate(), event.getKind());
			}
		}
		this.audit.updated(RECORD, id, event.getOrganiserUnitId(),
				Changes.none().note("attendance", entries.size() + " lines"));
		this.attendances.changed(ids);
		return entries.size();
	}

	/**
	 * Issues a certificate of completion to every mediator who attended a course or a
	 * refresher that has ended, once; returns how many were issued.
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public int issueCertificates(long id) {
		TrainingEvent event = load(id);
		this.scope.requireWritable(event.getOrganiserUnitId(), id);
		EventDetails d = event.details();
		if (event.isWithdrawn() || (d.kind() != EventKind.COURSE && d.kind() != EventKind.REFRESHER)
				|| d.endDate().isAfter(LocalDate.now())) {
			throw new InvalidInput(List.of(FieldProblem.of("event", "certificate.notCompleted")));
		}
		List<Long> ids = this.attendances.withoutCertificate(id);
		Map<Long, MediatorDirectory.Person> people = this.mediators.byIds(ids);
		for (Long mediator : ids) {
			MediatorDirectory.Person person = people.get(mediator);
			this.certificates.issueForEvent(mediator, person.fullName(), d.title(), d.endDate(), id, person.unitId());
		}
		return ids.size();
	}

	private static List<FieldProblem> checkEntry(String prefix, AttendanceEntry entry,
			Map<Long, MediatorDirectory.Person> people, vn.hoagiai.organization.VisibleUnits visible) {
		List<FieldProblem> problems = new ArrayList<>();
		if (entry.status() == null) {
			problems.add(FieldProblem.of(prefix + "status", "validation.required"));
		}
		if (entry.note() != null && entry.note().length() > 300) {
			problems.add(FieldProblem.of(prefix + "note", "validation.tooLong", 300));
		}
		if (entry.mediatorId() != null) {
			MediatorDirectory.Person person = people.get(entry.mediatorId());
			if (person == null || !visible.contains(person.unitId())) {
				problems.add(FieldProblem.of(prefix + "mediatorId", "attendance.mediatorUnknown"));
			}
			return problems;
		}
		if (entry.name() == null || entry.name().isBlank()) {
			problems.add(FieldProblem.of(prefix + "name", "validation.required"));
		}
		else if (entry.name().length() > 120) {
			problems.add(FieldProblem.of(prefix + "name", "validation.tooLong", 120));
		}
		if (entry.role() == null || entry.role() == AttendeeRole.MEDIATOR) {
			problems.add(FieldProblem.of(prefix + "role", "attendance.roleForOthers"));
		}
		if (entry.unitId() != null && !visible.contains(UnitId.of(entry.unitId()))) {
			problems.add(FieldProblem.of(prefix + "unitId", "attendance.unitUnknown"));
		}
		return problems;
	}

	private void check(EventDetails details) {
		List<FieldProblem> problems = new ArrayList<>(EventRules.check(details, LocalDate.now()));
		Map<Long, String> known = this.mediators.trainerNames(details.trainerIds());
		if (!known.keySet().containsAll(details.trainerIds())) {
			problems.add(FieldProblem.of("trainerIds", "event.trainerUnknown"));
		}
		InvalidInput.throwIfAny(problems);
	}

	private TrainingEvent load(long id) {
		return this.events.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	private TrainingEvent loadForWrite(long id, long version) {
		TrainingEvent event = load(id);
		this.scope.requireWritable(event.getOrganiserUnitId(), id);
		if (event.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		if (event.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("event", "event.withdrawn")));
		}
		return event;
	}

	private static Changes changes(EventDetails before, EventDetails after) {
		EventDetails b = (before != null) ? before : new EventDetails(null, null, null, null, null, null, null, false,
				null, null, null, null, null, null, null);
		return Changes.of("title", b.title(), after.title())
			.field("kind", b.kind(), after.kind())
			.field("organiserName", b.organiserName(), after.organiserName())
			.field("startDate", b.startDate(), after.startDate())
			.field("endDate", b.endDate(), after.endDate())
			.field("hours", b.hours(), after.hours())
			.field("place", b.place(), after.place())
			.field("online", b.online(), after.online())
			.field("cost", b.cost(), after.cost())
			.field("trainers", b.trainerIds(), after.trainerIds())
			.field("guestTrainers", b.guestTrainers(), after.guestTrainers());
	}

}
