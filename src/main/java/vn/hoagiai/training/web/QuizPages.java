package vn.hoagiai.training.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.NewQuestion;
import vn.hoagiai.training.QuizService;
import vn.hoagiai.training.TrainingEventService;
import vn.hoagiai.training.imports.QuestionImport;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

/**
 * Quizzes: the list, taking one (a page that works on a phone), the review after
 * submitting, the paper version, officers' score entry, the question bank forms.
 */
@Controller
@RequestMapping("/quizzes")
class QuizPages {

	static final String LIST = "training/quizzes";

	static final String ATTEMPT = "training/attempt";

	static final String PAPER = "training/paper";

	private final QuizService quizzes;

	private final QuestionImport imports;

	private final TrainingEventService events;

	QuizPages(QuizService quizzes, QuestionImport imports, TrainingEventService events) {
		this.quizzes = quizzes;
		this.imports = imports;
		this.events = events;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("quizzes", this.quizzes.quizzes());
		return LIST;
	}

	@PostMapping
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String topic,
			@RequestParam(required = false) Integer questionCount, @RequestParam(required = false) Integer passPercent,
			RedirectAttributes redirect) {
		try {
			this.quizzes.createQuiz(title, topic, questionCount, passPercent);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", keys(ex.problems()));
		}
		return "redirect:/quizzes";
	}

	@PostMapping("/questions")
	String addQuestion(@RequestParam(required = false) String topic, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam(required = false) String explanation,
			@RequestParam(name = "choice", required = false) List<String> choices,
			@RequestParam(name = "correct", required = false) List<Integer> correct, RedirectAttributes redirect) {
		List<NewQuestion.NewChoice> list = new ArrayList<>();
		List<String> texts = (choices != null) ? choices : List.of();
		for (int i = 0; i < texts.size(); i++) {
			list.add(new NewQuestion.NewChoice(texts.get(i), correct != null && correct.contains(i)));
		}
		try {
			this.quizzes.addQuestions(List.of(new NewQuestion(topic, text, multiple, explanation, list)));
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", keys(ex.problems()));
		}
		return "redirect:/quizzes#bank";
	}

	@PostMapping("/questions/import")
	String importQuestions(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("fileError", "import.file.missing");
			return "redirect:/quizzes#bank";
		}
		try {
			QuestionImport.Result result = this.imports.importSheet(file.getBytes());
			redirect.addFlashAttribute(result.problems().isEmpty() ? "importedQuestions" : "rowProblems",
					result.problems().isEmpty() ? result.saved() : result.problems());
		}
		catch (UnreadableWorkbook ex) {
			redirect.addFlashAttribute("fileError", ex.messageKey());
		}
		return "redirect:/quizzes#bank";
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		try {
			return "redirect:/quizzes/attempts/" + this.quizzes.start(id);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", keys(ex.problems()));
			return "redirect:/quizzes";
		}
	}

	@GetMapping("/attempts/{id}")
	String attempt(@PathVariable long id, Model model) {
		model.addAttribute("attempt", this.quizzes.attempt(id));
		return ATTEMPT;
	}

	@PostMapping("/attempts/{id}")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
		Map<Long, Set<Long>> answers = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}")) {
				Set<Long> chosen = new java.util.HashSet<>();
				values.stream().filter((v) -> v.matches("\\d{1,18}")).map(Long::valueOf).forEach(chosen::add);
				answers.put(Long.valueOf(name.substring(1)), chosen);
			}
		});
		this.quizzes.submit(id, answers);
		return "redirect:/quizzes/attempts/" + id;
	}

	@GetMapping("/{id}/paper")
	String paper(@PathVariable long id, Model model) {
		model.addAttribute("quiz",
				this.quizzes.quizzes()
					.stream()
					.filter((q) -> q.id() == id)
					.findFirst()
					.orElseThrow(() -> new vn.hoagiai.shared.RecordNotFound("Quiz", id)));
		model.addAttribute("questions", this.quizzes.paper(id));
		model.addAttribute("attendees", this.events.attendeeChoices());
		return PAPER;
	}

	@PostMapping("/{id}/paper-scores")
	String paperScore(@PathVariable long id, @RequestParam(required = false) Long mediatorId,
			@RequestParam(required = false) Integer score, RedirectAttributes redirect) {
		try {
			this.quizzes.enterPaperScore(id, mediatorId, score);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", keys(ex.problems()));
		}
		return "redirect:/quizzes/" + id + "/paper";
	}

	private static List<String> keys(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::messageKey).distinct().toList();
	}

}
