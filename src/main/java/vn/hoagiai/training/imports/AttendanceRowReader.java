package vn.hoagiai.training.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.training.AttendanceEntry;
import vn.hoagiai.training.AttendanceStatus;
import vn.hoagiai.training.Attendee;
import vn.hoagiai.training.AttendeeRole;
import vn.hoagiai.shared.spreadsheets.SheetCell;
import vn.hoagiai.shared.spreadsheets.SheetRow;

/**
 * Reads one row of an attendance sheet into an entry, or records its problems.
 */
final class AttendanceRowReader {

	private final Map<AttendanceColumn, Integer> columns;

	private final Map<String, List<Attendee>> byName;

	private final UnaryOperator<String> labels;

	private final List<ImportProblem> problems = new ArrayList<>();

	AttendanceRowReader(Map<AttendanceColumn, Integer> columns, Map<String, List<Attendee>> byName,
			UnaryOperator<String> labels) {
		this.columns = columns;
		this.byName = byName;
		this.labels = labels;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	Optional<Read> read(SheetRow row) {
		int before = this.problems.size();
		int n = row.number();
		for (AttendanceColumn column : this.columns.keySet()) {
			if (cell(row, column).formula()) {
				this.problems.add(ImportProblem.of(n, column, "attendanceImport.problem.formula"));
			}
		}
		String name = VietnameseText.clean(text(row, AttendanceColumn.FULL_NAME));
		String village = VietnameseText.clean(text(row, AttendanceColumn.VILLAGE));
		String note = VietnameseText.clean(text(row, AttendanceColumn.NOTE));
		AttendeeRole role = AttendanceImport.role(text(row, AttendanceColumn.ROLE));
		AttendanceStatus status = AttendanceImport.status(text(row, AttendanceColumn.STATUS));
		Integer birthYear = null;
		String birth = text(row, AttendanceColumn.BIRTH_YEAR).strip();
		if (!birth.isEmpty()) {
			try {
				birthYear = (int) Double.parseDouble(birth);
			}
			catch (NumberFormatException ex) {
				this.problems.add(ImportProblem.of(n, AttendanceColumn.BIRTH_YEAR, "attendanceImport.problem.number"));
			}
		}
		if (name == null || name.isEmpty()) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.FULL_NAME, "attendanceImport.problem.required"));
		}
		else if (name.length() > 120) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.FULL_NAME, "attendanceImport.problem.tooLong", 120));
		}
		if (role == null) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.ROLE, "attendanceImport.problem.choice",
					text(row, AttendanceColumn.ROLE)));
		}
		if (status == null) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.STATUS, "attendanceImport.problem.status",
					text(row, AttendanceColumn.STATUS)));
		}
		if (note != null && note.length() > 300) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.NOTE, "attendanceImport.problem.tooLong", 300));
		}
		if (this.problems.size() > before) {
			return Optional.empty();
		}
		String statusLabel = this.labels.apply("attendance.status." + status);
		if (role != AttendeeRole.MEDIATOR) {
			return Optional
				.of(new Read(new AttendanceEntry(null, name, role, null, status, note), new AttendancePreview.Line(n,
						name, village, this.labels.apply("attendee.role." + role), statusLabel)));
		}
		return match(n, name, village, birthYear)
			.map((a) -> new Read(new AttendanceEntry(a.mediatorId(), null, AttendeeRole.MEDIATOR, null, status, note),
					new AttendancePreview.Line(n, a.fullName(), a.unitName(),
							this.labels.apply("attendee.role." + AttendeeRole.MEDIATOR), statusLabel)));
	}

	private Optional<Attendee> match(int n, String name, String village, Integer birthYear) {
		String villageFolded = VietnameseText.fold(village);
		List<Attendee> candidates = this.byName.getOrDefault(VietnameseText.fold(name), List.of())
			.stream()
			.filter((a) -> villageFolded.isEmpty() || a.unitFolded().equals(villageFolded))
			.filter((a) -> birthYear == null || birthYear.equals(a.birthYear()))
			.toList();
		if (candidates.isEmpty()) {
			this.problems
				.add(ImportProblem.of(n, AttendanceColumn.FULL_NAME, "attendanceImport.problem.noMediator", name));
			return Optional.empty();
		}
		if (candidates.size() > 1) {
			this.problems.add(ImportProblem.of(n, AttendanceColumn.VILLAGE, "attendanceImport.problem.ambiguous", name,
					candidates.size()));
			return Optional.empty();
		}
		return Optional.of(candidates.get(0));
	}

	private SheetCell cell(SheetRow row, AttendanceColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? row.cell(index) : SheetCell.EMPTY;
	}

	private String text(SheetRow row, AttendanceColumn column) {
		String text = cell(row, column).text();
		return (text != null) ? text : "";
	}

	record Read(AttendanceEntry entry, AttendancePreview.Line line) {
	}

}
