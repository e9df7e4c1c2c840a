package vn.hoagiai.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.ContestEntries;
import vn.hoagiai.training.ContestFileKind;
import vn.hoagiai.training.ContestLines;
import vn.hoagiai.training.ContestService;
import vn.hoagiai.training.ContestView;
import vn.hoagiai.training.EventFilter;
import vn.hoagiai.training.EventKind;
import vn.hoagiai.training.LibraryService;
import vn.hoagiai.training.ParticipantKind;
import vn.hoagiai.training.Prize;
import vn.hoagiai.training.TrainingEventService;

/**
 * A contest's page (rounds, participants, judges, criteria, files), the score sheet of
 * one judge, the results with the prizes, and the forms that enter them.
 */
@Controller
@RequestMapping("/contests/{id}")
class ContestEntryPages {

	static final String CONTEST = "training/contest";

	static final String SCORES = "training/contest-scores";

	static final String RESULTS = "training/contest-results";

	private static final int CHOICES = 500;

	private final ContestService contests;

	private final ContestEntries entries;

	private final TeamService teams;

	private final MediatorService mediators;

	private final TrainingEventService events;

	private final MessageSource messages;

	ContestEntryPages(ContestService contests, ContestEntries entries, TeamService teams, MediatorService mediators,
			TrainingEventService events, MessageSource messages) {
		this.contests = contests;
		this.entries = entries;
		this.teams = teams;
		this.mediators = mediators;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping
	String contest(@PathVariable long id, Model model) {
		ContestView contest = this.contests.view(id);
		model.addAttribute("contest", contest);
		model.addAttribute("kinds", ParticipantKind.values());
		model.addAttribute("fileKinds", ContestFileKind.values());
		if (contest.writable()) {
			try {
				model.addAttribute("teamChoices",
						this.teams.list(new TeamFilter(null, null, null, true, null), PageRequest.of(0, CHOICES))
							.getContent());
				model.addAttribute("mediatorChoices",
						this.mediators.list(new MediatorFilter(null, null, null, true), PageRequest.of(0, CHOICES))
							.getContent());
			}
			catch (AccessDeniedException ex) {
				model.addAttribute("teamChoices", List.of());
				model.addAttribute("mediatorChoices", List.of());
			}
			model.addAttribute("roundEvents",
					this.events.list(new EventFilter(null, EventKind.CONTEST_ROUND, null, null), PageRequest.of(0, 100))
						.getContent());
		}
		return CONTEST;
	}

	@PostMapping("/participants")
	String participant(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long mediatorId, Locale locale, RedirectAttributes redirect) {
		ParticipantKind kind = (teamId != null) ? ParticipantKind.TEAM
				: (mediatorId != null) ? ParticipantKind.MEDIATOR : null;
		try {
			this.entries.addParticipant(id, version, kind, (teamId != null) ? teamId : mediatorId);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#participants";
	}

	@PostMapping("/rounds/{roundId}/event")
	String round(@PathVariable long id, @PathVariable long roundId, @RequestParam long version,
			@RequestParam(required = false) Long eventId, Locale locale, RedirectAttributes redirect) {
		try {
			this.entries.linkRound(id, version, roundId, eventId);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#rounds";
	}

	@PostMapping("/files")
	String file(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) ContestFileKind kind,
			@RequestParam(required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput(List.of(FieldProblem.of("file", "library.file.missing")));
			}
			try (InputStream in = file.getInputStream()) {
				this.entries.addFile(id, version, kind, title, file.getOriginalFilename(), in);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "#files";
	}

	@GetMapping("/files/{fileId}")
	void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
		LibraryService.FileDownload file = this.entries.file(id, fileId);
		response.setContentType(file.mediaType());
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "private, max-age=86400");
		if (file.size() != null) {
			response.setContentLengthLong(file.size());
		}
		try (InputStream in = Files.newInputStream(file.path())) {
			in.transferTo(response.getOutputStream());
		}
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
				this.contests.scoresOf(id, shown)
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
		ContestView contest = this.contests.view(id);
		List<ContestEntries.ScoreEntry> sheet = new ArrayList<>();
		Map<String, String> cells = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (ContestView.ParticipantView p : contest.participants()) {
			for (ContestView.CriterionView c : contest.criteria()) {
				String cell = ContestService.cell(p.id(), c.id());
				String text = params.getOrDefault(cell, "").strip();
				cells.put(cell, text);
				BigDecimal points = ContestLines.number(text);
				if (!text.isEmpty() && points == null) {
					errors.put(cell, this.messages.getMessage("contest.score.number", null, locale));
				}
				sheet.add(new ContestEntries.ScoreEntry(p.id(), c.id(), points));
			}
		}
		try {
			if (errors.isEmpty()) {
				this.entries.recordScores(id, version, judgeId, sheet);
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
			this.entries.awardPrizes(id, version, prizes);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", texts(this.messages, ex, locale));
		}
		return "redirect:/contests/" + id + "/results";
	}

	/** The problems as the viewer reads them, for a flash message above the page. */
	static List<String> texts(MessageSource messages, InvalidInput ex, Locale locale) {
		return ex.problems()
			.stream()
			.map((p) -> messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale))
			.distinct()
			.toList();
	}

}
