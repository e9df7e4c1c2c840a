package vn.hoagiai.training.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.ContestJudging;
import vn.hoagiai.training.ContestLines;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;
import vn.hoagiai.training.Prize;

/**
 * The judging of a contest: the score sheet of one judge, and the results with the
 * prizes.
 */
@Controller
@RequestMapping("/contests/{id}")
class ContestScorePages {

	static final String SCORES = "training/contest-scores";

	static final String RESULTS = "training/contest-results";

	private final ContestService contests;

	private final ContestJudging judging;

	private final MessageSource messages;

	ContestScorePages(ContestService contests, ContestJudging judging, MessageSource messages) {
		this.contests = contests;
		this.judging = judging;
		this.messages = messages;
	}

	@GetMapping("/scores")
	String scores(@PathVariable long id, @RequestParam(required = false) Long judge, Model model) {
		ContestView contest = this.contests.view(id);
		model.addAttribute("contest", contest);
		Long shown = (judge != null) ? judge
				: contest.judges().stream().findFirst().map(ContestView.JudgeView::id).orElse(null);
		model.addAttribute("judgeId", shown);
		if (!model.containsAttribute("cells")) {
			Map<String, String> cells = new HashMap<>();
			if (shown != null) {
				this.judging.scoresOf(id, shown)
					.forEach((k, v) -> cells.put(k, v.stripTrailingZeros().toPlainString()));
			}
			model.addAttribute("cells", cells);
			model.addAttribute("cellErrors", Map.of());
		}
		return SCORES;
	}

	@PostMapping("/scores")
	String saveScores(@PathVariable long id, @RequestParam long version, @RequestParam long judgeId,
			@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> cells = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<ContestJudging.ScoreEntry> sheet = sheet(this.contests.view(id), params, cells, errors, locale);
		try {
			if (errors.isEmpty()) {
				this.judging.recordScores(id, version, judgeId, sheet);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/contests/" + id + "/scores?judge=" + judgeId;
			}
		}
		catch (InvalidInput ex) {
			for (FieldProblem problem : ex.problems()) {
				errors.put(problem.field(), this.messages.getMessage(problem.messageKey(), problem.argsArray(),
						problem.messageKey(), locale));
			}
		}
		model.addAttribute("cells", cells);
		model.addAttribute("cellErrors", errors);
		return scores(id, judgeId, model);
	}

	@GetMapping("/results")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("contest", this.contests.view(id));
		model.addAttribute("prizes", Prize.values());
		return RESULTS;
	}

	@PostMapping("/prizes")
	String prizes(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			Locale locale, RedirectAttributes redirect) {
		Map<Long, Prize> prizes = new LinkedHashMap<>();
		try {
			params.forEach((name, value) -> {
				if (name.startsWith("prize")) {
					prizes.put(Long.parseLong(name.substring(5)), value.isBlank() ? null : Prize.valueOf(value));
				}
			});
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems",
					List.of(this.messages.getMessage("contest.prize.unknown", null, locale)));
			return "redirect:/contests/" + id + "/results";
		}
		try {
			this.judging.awardPrizes(id, version, prizes);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "/results";
	}

	/**
	 * The sheet as typed, one cell per participant and criterion: {@code cells} gets the
	 * text of each, {@code errors} a message for each that is not a number.
	 */
	private List<ContestJudging.ScoreEntry> sheet(ContestView contest, Map<String, String> params,
			Map<String, String> cells, Map<String, String> errors, Locale locale) {
		List<ContestJudging.ScoreEntry> sheet = new ArrayList<>();
		for (ContestView.ParticipantView p : contest.participants()) {
			for (ContestView.CriterionView c : contest.criteria()) {
				String cell = ContestJudging.cell(p.id(), c.id());
				String text = params.getOrDefault(cell, "").strip();
				cells.put(cell, text);
				BigDecimal points = ContestLines.number(text);
				if (!text.isEmpty() && points == null) {
					errors.put(cell, this.messages.getMessage("contest.score.number", null, locale));
				}
				sheet.add(new ContestJudging.ScoreEntry(p.id(), c.id(), points));
			}
		}
		return sheet;
	}

}
