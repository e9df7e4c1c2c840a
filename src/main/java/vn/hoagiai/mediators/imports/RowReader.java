package vn.hoagiai.mediators.imports;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.Election;
import vn.hoagiai.mediators.ElectionMethod;
import vn.hoagiai.mediators.Ethnicity;
import vn.hoagiai.mediators.LegalTraining;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.NewMediator;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.spreadsheets.SheetCell;
import vn.hoagiai.shared.spreadsheets.SheetRow;

/**
 * Reads one sheet row into a mediator to register, collecting every problem with its row
 * and column instead of stopping at the first.
 */
final class RowReader {

	static final int OLDEST = 1920;

	static final int YOUNGEST_AGE = 18;

	private final ImportContext context;

	private final Map<MediatorColumn, Integer> columns;

	private final List<ImportProblem> problems = new ArrayList<>();

	private SheetRow row;

	RowReader(ImportContext context, Map<MediatorColumn, Integer> columns) {
		this.context = context;
		this.columns = new EnumMap<>(columns);
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	/**
	 * The mediator the row describes, or empty when it has problems (already recorded).
	 */
	Optional<Parsed> read(SheetRow sheetRow) {
		this.row = sheetRow;
		int before = this.problems.size();
		for (Map.Entry<MediatorColumn, Integer> column : this.columns.entrySet()) {
			if (sheetRow.cell(column.getValue()).formula()) {
				problem(column.getKey(), "import.problem.formula");
			}
		}
		String name = VietnameseText.clean(text(MediatorColumn.FULL_NAME));
		if (name.isEmpty()) {
			problem(MediatorColumn.FULL_NAME, "import.problem.required");
		}
		Sex sex = choice(MediatorColumn.SEX, true, this.context.sexes::parse);
		Integer birthYear = birthYear();
		String ethnicity = ethnicity();
		TeamRow team = team();
		TeamRole role = Optional.ofNullable(choice(MediatorColumn.ROLE, false, this.context.roles::parse))
			.orElse(TeamRole.MEMBER);
		Background background = Optional
			.ofNullable(choice(MediatorColumn.BACKGROUND, false, this.context.backgrounds::parse))
			.orElse(Background.OTHER);
		LegalTraining training = choice(MediatorColumn.LEGAL_TRAINING, false, this.context.trainings::parse);
		ElectionMethod method = choice(MediatorColumn.ELECTION_METHOD, false, this.context.methods::parse);
		Election election = new Election(method, date(MediatorColumn.ELECTION_DATE), number(MediatorColumn.VOTES_FOR),
				number(MediatorColumn.HOUSEHOLDS));
		election.problems().forEach((key) -> problem(MediatorColumn.VOTES_FOR, key));
		LocalDate joined = Optional.ofNullable(date(MediatorColumn.JOINED)).orElse(LocalDate.now());
		if (joined.isAfter(LocalDate.now())) {
			problem(MediatorColumn.JOINED, "mediator.joined.invalid");
		}
		String phone = VietnameseText.clean(text(MediatorColumn.PHONE));
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9 .-]{8,15}")) {
			problem(MediatorColumn.PHONE, "mediator.phone.invalid");
		}
		if (this.problems.size() > before) {
			return Optional.empty();
		}
		MediatorDetails details = new MediatorDetails(name, sex, birthYear, ethnicity, phone.isEmpty() ? null : phone,
				team.unitId(), emptyToNull(text(MediatorColumn.OCCUPATION)), background, training, election,
				emptyToNull(text(MediatorColumn.RECOGNITION_NUMBER)), date(MediatorColumn.RECOGNITION_DATE), null,
				null);
		return Optional.of(new Parsed(sheetRow.number(), new NewMediator(details, team.id(), role, joined), team));
	}

	void problem(MediatorColumn column, String key, Object... args) {
		this.problems.add(ImportProblem.of(this.row.number(), column, key, args));
	}

	private Integer birthYear() {
		if (blank(MediatorColumn.BIRTH_YEAR)) {
			return null;
		}
		int youngest = Year.now().getValue() - YOUNGEST_AGE;
		Optional<Integer> year = CellValues.integer(cell(MediatorColumn.BIRTH_YEAR));
		if (year.isEmpty() || year.get() < OLDEST || year.get() > youngest) {
			problem(MediatorColumn.BIRTH_YEAR, "mediator.birthYear.range", OLDEST, youngest);
			return null;
		}
		return year.get();
	}

	private String ethnicity() {
		if (blank(MediatorColumn.ETHNICITY)) {
			return null;
		}
		Optional<Ethnicity> found = this.context.ethnicities.resolve(text(MediatorColumn.ETHNICITY));
		if (found.isEmpty()) {
			problem(MediatorColumn.ETHNICITY, "mediator.ethnicity.unknown");
			return null;
		}
		return found.get().code();
	}

	private TeamRow team() {
		String village = VietnameseText.clean(text(MediatorColumn.VILLAGE));
		if (village.isEmpty()) {
			problem(MediatorColumn.VILLAGE, "import.problem.required");
			return null;
		}
		List<TeamRow> teams = this.context.teamsOf(village).orElse(List.of());
		if (teams.isEmpty()) {
			problem(MediatorColumn.VILLAGE, "import.problem.village", village);
			return null;
		}
		if (teams.size() > 1) {
			problem(MediatorColumn.VILLAGE, "import.problem.severalTeams", village);
			return null;
		}
		return teams.get(0);
	}

	private <E> E choice(MediatorColumn column, boolean required,
			java.util.function.Function<String, Optional<E>> parser) {
		if (blank(column)) {
			if (required) {
				problem(column, "import.problem.required");
			}
			return null;
		}
		Optional<E> value = parser.apply(text(column));
		if (value.isEmpty()) {
			problem(column, "import.problem.choice", text(column));
			return null;
		}
		return value.get();
	}

	private Integer number(MediatorColumn column) {
		if (blank(column)) {
			return null;
		}
		Optional<Integer> value = CellValues.integer(cell(column));
		if (value.isEmpty() || value.get() < 0) {
			problem(column, "import.problem.number");
			return null;
		}
		return value.get();
	}

	private LocalDate date(MediatorColumn column) {
		if (blank(column)) {
			return null;
		}
		Optional<LocalDate> value = CellValues.date(cell(column));
		if (value.isEmpty()) {
			problem(column, "import.problem.date");
			return null;
		}
		return value.get();
	}

	private boolean blank(MediatorColumn column) {
		return cell(column).isBlank();
	}

	private String text(MediatorColumn column) {
		return cell(column).text();
	}

	private SheetCell cell(MediatorColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? this.row.cell(index) : SheetCell.EMPTY;
	}

	private static String emptyToNull(String text) {
		String cleaned = VietnameseText.clean(text);
		return (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	/** A row that read cleanly. */
	record Parsed(int row, NewMediator mediator, TeamRow team) {

	}

}
