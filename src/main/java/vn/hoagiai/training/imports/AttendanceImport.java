package vn.hoagiai.training.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.training.AttendanceEntry;
import vn.hoagiai.training.AttendanceStatus;
import vn.hoagiai.training.Attendee;
import vn.hoagiai.training.AttendeeRole;
import vn.hoagiai.training.TrainingEventService;
import vn.hoagiai.shared.spreadsheets.PendingUploads;
import vn.hoagiai.shared.spreadsheets.SheetRow;
import vn.hoagiai.shared.spreadsheets.StreamingSheetReader;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * The attendance of an event from an Excel sheet: upload → a preview with every problem
 * by row and column → confirm → every line recorded in one transaction, or none.
 * Mediators are matched by name and village (and birth year when given) among the active
 * mediators the officer may see; officers, commune leaders and others are recorded by
 * name.
 */
@Service
public class AttendanceImport {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final TrainingEventService events;

	private final MessageSource messages;

	private final PendingUploads files;

	AttendanceImport(TrainingEventService events, MessageSource messages, PendingUploads files) {
		this.events = events;
		this.messages = messages;
		this.files = files;
	}

	/** Reads and checks a sheet for an event; saves nothing. */
	@PreAuthorize(TrainingEventService.WRITERS)
	public AttendancePreview preview(long eventId, byte[] content) {
		if (!this.events.view(eventId).writable()) {
			throw new vn.hoagiai.shared.RecordNotFound("TrainingEvent", eventId);
		}
		checkFile(content);
		String token = this.files.store(CurrentViewer.require().username(), content);
		return check(eventId, token, content).preview();
	}

	/** Records every line of a previewed sheet in one transaction, or none. */
	@Transactional
	@PreAuthorize(TrainingEventService.WRITERS)
	public int confirm(long eventId, String token) {
		String username = CurrentViewer.require().username();
		byte[] content = this.files.load(username, token);
		Checked checked = check(eventId, token, content);
		if (!checked.preview().canConfirm()) {
			throw new ImportRejected(checked.preview());
		}
		int saved = this.events.recordAttendance(eventId, checked.entries());
		this.files.delete(username, token);
		return saved;
	}

	private Checked check(long eventId, String token, byte[] content) {
		List<SheetRow> rows = StreamingSheetReader.read(new ByteArrayInputStream(content));
		if (rows.isEmpty()) {
			throw new UnreadableWorkbook("attendanceImport.file.wrongSheet", null);
		}
		Map<AttendanceColumn, Integer> columns = headers(rows.get(0));
		Map<String, List<Attendee>> byName = new HashMap<>();
		for (Attendee a : this.events.attendeeChoices()) {
			byName.computeIfAbsent(a.nameFolded(), (k) -> new ArrayList<>()).add(a);
		}
		AttendanceRowReader reader = new AttendanceRowReader(columns, byName, this::label);
		List<AttendanceEntry> entries = new ArrayList<>();
		List<AttendancePreview.Line> lines = new ArrayList<>();
		Map<Long, Integer> seen = new HashMap<>();
		int total = 0;
		for (SheetRow row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			total++;
			reader.read(row).ifPresent((read) -> {
				Long mediator = read.entry().mediatorId();
				Integer first = (mediator != null) ? seen.putIfAbsent(mediator, row.number()) : null;
				if (first != null) {
					reader.problems()
						.add(ImportProblem.of(row.number(), AttendanceColumn.FULL_NAME,
								"attendanceImport.problem.duplicate", first));
					return;
				}
				entries.add(read.entry());
				lines.add(read.line());
			});
		}
		reader.problems().sort(Comparator.comparingInt(ImportProblem::row));
		return new Checked(new AttendancePreview(eventId, token, total, lines, reader.problems()), entries);
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, key,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private Map<AttendanceColumn, Integer> headers(SheetRow header) {
		Map<String, AttendanceColumn> byTitle = new HashMap<>();
		for (AttendanceColumn column : AttendanceColumn.values()) {
			byTitle.put(key(this.messages.getMessage(column.messageKey(), null, VIETNAMESE)), column);
			byTitle.put(key(this.messages.getMessage(column.messageKey(), null, Locale.ENGLISH)), column);
		}
		Map<AttendanceColumn, Integer> columns = new EnumMap<>(AttendanceColumn.class);
		header.cells().forEach((index, cell) -> {
			AttendanceColumn column = byTitle.get(key(cell.text()));
			if (column != null) {
				columns.putIfAbsent(column, index);
			}
		});
		if (!columns.containsKey(AttendanceColumn.FULL_NAME) || !columns.containsKey(AttendanceColumn.STATUS)) {
			throw new UnreadableWorkbook("attendanceImport.file.wrongSheet", null);
		}
		return columns;
	}

	private static void checkFile(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new UnreadableWorkbook("import.file.tooLarge", null);
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			throw new UnreadableWorkbook("import.file.notXlsx", null);
		}
	}

	static String key(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]", "");
	}

	private record Checked(AttendancePreview preview, List<AttendanceEntry> entries) {
	}

	/** Labels of the choices in the sheet. */
	static AttendeeRole role(String text) {
		return switch (key(text)) {
			case "", "hoagiaivien", "mediator" -> AttendeeRole.MEDIATOR;
			case "congchuc", "canbo", "congchuctuphap", "officer" -> AttendeeRole.OFFICER;
			case "lanhdaoxa", "lanhdao", "communeleader" -> AttendeeRole.COMMUNE_LEADER;
			case "khac", "other" -> AttendeeRole.OTHER;
			default -> null;
		};
	}

	static AttendanceStatus status(String text) {
		return switch (key(text)) {
			case "comat", "co", "x", "present" -> AttendanceStatus.PRESENT;
			case "denmuon", "muon", "late" -> AttendanceStatus.LATE;
			case "vang", "vangmat", "absent" -> AttendanceStatus.ABSENT;
			default -> null;
		};
	}

}
