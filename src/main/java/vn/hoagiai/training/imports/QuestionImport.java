package vn.hoagiai.training.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.training.NewQuestion;
import vn.hoagiai.training.QuestionRules;
import vn.hoagiai.training.QuizService;
import vn.hoagiai.training.TrainingEventService;
import vn.hoagiai.shared.spreadsheets.SheetRow;
import vn.hoagiai.shared.spreadsheets.StreamingSheetReader;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * Questions and answers from an Excel sheet, one question a row: topic, question, "many"
 * when several answers are right, choices A–F, the right letters ("B" or "A, C"), the
 * explanation. Every row is checked; nothing is saved unless all rows pass.
 */
@Service
public class QuestionImport {

	static final int FIRST_CHOICE = 3;

	static final int CHOICES = 6;

	private final QuizService quizzes;

	QuestionImport(QuizService quizzes) {
		this.quizzes = quizzes;
	}

	@PreAuthorize(TrainingEventService.WRITERS)
	public Result importSheet(byte[] content) {
		if (content.length > AttendanceImport.MAX_BYTES) {
			throw new UnreadableWorkbook("import.file.tooLarge", null);
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
			throw new UnreadableWorkbook("import.file.notXlsx", null);
		}
		List<SheetRow> rows = StreamingSheetReader.read(new ByteArrayInputStream(content));
		List<NewQuestion> questions = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (SheetRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			NewQuestion question = read(row);
			List<FieldProblem> found = QuestionRules.check(question);
			found.forEach((p) -> problems.add(new RowProblem(row.number(), p)));
			questions.add(question);
		}
		if (questions.isEmpty()) {
			throw new UnreadableWorkbook("attendanceImport.file.wrongSheet", null);
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		return new Result(this.quizzes.addQuestions(questions), List.of());
	}

	private static NewQuestion read(SheetRow row) {
		String right = AttendanceImport.key(row.cell(FIRST_CHOICE + CHOICES).text()).toUpperCase();
		List<NewQuestion.NewChoice> choices = new ArrayList<>();
		for (int i = 0; i < CHOICES; i++) {
			String text = row.cell(FIRST_CHOICE + i).text();
			if (text != null && !text.isBlank()) {
				choices.add(new NewQuestion.NewChoice(text, right.indexOf('A' + i) >= 0));
			}
		}
		String kind = AttendanceImport.key(row.cell(2).text());
		boolean multiple = kind.startsWith("nhieu") || kind.startsWith("many") || kind.equals("co") || kind.equals("x");
		return new NewQuestion(row.cell(0).text(), row.cell(1).text(), multiple,
				row.cell(FIRST_CHOICE + CHOICES + 1).text(), choices);
	}

	/** How many questions were saved (0 when any row has a problem), and the problems. */
	public record Result(int saved, List<RowProblem> problems) {
	}

	/** A problem of one row. */
	public record RowProblem(int row, FieldProblem problem) {
	}

}
