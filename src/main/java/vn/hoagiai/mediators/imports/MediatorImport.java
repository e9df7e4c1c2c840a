package vn.hoagiai.mediators.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.mediators.Ethnicities;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.NewMediator;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.imports.RowReader.Parsed;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.spreadsheets.PendingUploads;
import vn.hoagiai.shared.spreadsheets.SheetRow;
import vn.hoagiai.shared.spreadsheets.StreamingSheetReader;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * The Excel import of mediator lists: upload → a preview with every problem by row and
 * column → confirm → every row saved in one transaction, or none.
 */
@Service
public class MediatorImport {

	/** The largest file accepted, in bytes. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Set<MediatorColumn> REQUIRED = Set.of(MediatorColumn.FULL_NAME, MediatorColumn.SEX,
			MediatorColumn.VILLAGE);

	private final TeamService teams;

	private final MediatorService mediators;

	private final Ethnicities ethnicities;

	private final MessageSource messages;

	private final PendingUploads files;

	MediatorImport(TeamService teams, MediatorService mediators, Ethnicities ethnicities, MessageSource messages,
			PendingUploads files) {
		this.teams = teams;
		this.mediators = mediators;
		this.ethnicities = ethnicities;
		this.messages = messages;
		this.files = files;
	}

	/** Reads and checks an upload; saves nothing. */
	@PreAuthorize("hasAnyRole('ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER')")
	public ImportPreview preview(String fileName, byte[] content) {
		checkFile(content);
		String token = this.files.store(CurrentViewer.require().username(), content);
		return check(token, fileName, content).preview();
	}

	/**
	 * Saves every row of a previewed upload in one transaction, or none when any has a
	 * problem.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER')")
	public int confirm(String token) {
		String username = CurrentViewer.require().username();
		byte[] content = this.files.load(username, token);
		Checked checked = check(token, null, content);
		if (!checked.preview().canConfirm()) {
			throw new ImportRejected(checked.preview());
		}
		int saved = this.mediators.register(checked.rows().stream().map(Parsed::mediator).toList());
		this.files.delete(username, token);
		return saved;
	}

	private Checked check(String token, String fileName, byte[] content) {
		List<SheetRow> rows = StreamingSheetReader.read(new ByteArrayInputStream(content));
		if (rows.isEmpty()) {
			throw new UnreadableWorkbook("import.file.wrongSheet", null);
		}
		Map<MediatorColumn, Integer> columns = headers(rows.get(0));
		List<TeamRow> visibleTeams = this.teams
			.list(new TeamFilter(null, null, null, true, null), PageRequest.of(0, 100_000))
			.getContent();
		ImportContext context = new ImportContext(visibleTeams,
				this.mediators.activeMembers(visibleTeams.stream().map(TeamRow::id).toList()), this.ethnicities,
				this.messages);
		RowReader reader = new RowReader(context, columns);
		List<Parsed> parsed = new ArrayList<>();
		for (SheetRow row : rows.subList(1, rows.size())) {
			if (!row.isBlank()) {
				reader.read(row).ifPresent(parsed::add);
			}
		}
		crossRowRules(parsed, context, reader);
		int total = (int) rows.subList(1, rows.size()).stream().filter((r) -> !r.isBlank()).count();
		List<ImportRowView> valid = parsed.stream()
			.map((p) -> new ImportRowView(p.row(), p.mediator().details().fullName(),
					context.sexes.label(p.mediator().details().sex()), p.mediator().details().birthYear(),
					p.team().unitName(), context.roles.label(p.mediator().role())))
			.toList();
		return new Checked(new ImportPreview(token, fileName, total, valid, reader.problems()), parsed);
	}

	/** Duplicates within the file or with the register, and one leader per team. */
	private static void crossRowRules(List<Parsed> parsed, ImportContext context, RowReader reader) {
		Map<String, Integer> seen = new HashMap<>();
		Map<Long, List<Parsed>> byTeam = new HashMap<>();
		for (Parsed p : parsed) {
			NewMediator m = p.mediator();
			String folded = VietnameseText.fold(m.details().fullName());
			String key = m.teamId() + "|" + folded + "|" + m.details().birthYear();
			Integer first = seen.putIfAbsent(key, p.row());
			if (first != null) {
				reader.problems()
					.add(ImportProblem.of(p.row(), MediatorColumn.FULL_NAME, "import.problem.duplicateInFile", first));
			}
			else if (context.alreadyRegistered(m.teamId(), folded, m.details().birthYear())) {
				reader.problems()
					.add(ImportProblem.of(p.row(), MediatorColumn.FULL_NAME, "import.problem.alreadyRegistered",
							p.team().name()));
			}
			byTeam.computeIfAbsent(m.teamId(), (t) -> new ArrayList<>()).add(p);
		}
		for (List<Parsed> team : byTeam.values()) {
			List<Parsed> leaders = team.stream().filter((p) -> p.mediator().role() == TeamRole.LEADER).toList();
			TeamRow row = team.get(0).team();
			if (leaders.isEmpty() && !context.hasLeader(row.id())) {
				reader.problems()
					.add(ImportProblem.of(team.get(0).row(), MediatorColumn.ROLE, "import.problem.leaderMissing",
							row.name()));
			}
			for (Parsed extra : leaders.subList(Math.min(1, leaders.size()), leaders.size())) {
				reader.problems()
					.add(ImportProblem.of(extra.row(), MediatorColumn.ROLE, "import.problem.severalLeaders",
							row.name()));
			}
		}
		reader.problems().sort(java.util.Comparator.comparingInt(ImportProblem::row));
	}

	private Map<MediatorColumn, Integer> headers(SheetRow header) {
		Map<String, MediatorColumn> byTitle = new HashMap<>();
		for (MediatorColumn column : MediatorColumn.values()) {
			byTitle.put(key(this.messages.getMessage(column.messageKey(), null, VIETNAMESE)), column);
			byTitle.put(key(this.messages.getMessage(column.messageKey(), null, Locale.ENGLISH)), column);
		}
		Map<MediatorColumn, Integer> columns = new EnumMap<>(MediatorColumn.class);
		header.cells().forEach((index, cell) -> {
			MediatorColumn column = byTitle.get(key(cell.text()));
			if (column != null) {
				columns.putIfAbsent(column, index);
			}
		});
		Set<MediatorColumn> missing = new HashSet<>(REQUIRED);
		missing.removeAll(columns.keySet());
		if (!missing.isEmpty()) {
			throw new UnreadableWorkbook("import.file.wrongSheet", null);
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

	private static String key(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]", "");
	}

	private record Checked(ImportPreview preview, List<Parsed> rows) {
	}

}
