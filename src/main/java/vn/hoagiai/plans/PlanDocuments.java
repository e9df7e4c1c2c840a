package vn.hoagiai.plans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.documents.Block;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Letterhead;
import vn.hoagiai.documents.Signature;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * The plan's official documents in the state format, built from its records (the writer
 * is the documents module's): this year's work plan drawn from the multi-year plan (the
 * tasks due that year with their agencies and due dates), the year's implementation
 * report (each task's status, date done, result and evidence; the targets with the live
 * values of their indicators and how many are met; what is overdue), and the phase
 * reviews (sơ kết for a phase before the last, tổng kết for the last) over the phase's
 * years. Official text is Vietnamese whatever the viewer's language; every export is
 * audited (in the same transaction, which is therefore not read-only).
 */
@Service
@Transactional
public class PlanDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanService plans;

	private final ProgressService progress;

	private final PlanIndicators indicators;

	private final MessageSource messages;

	private final AuditTrail audit;

	PlanDocuments(PlanService plans, ProgressService progress, PlanIndicators indicators, MessageSource messages,
			AuditTrail audit) {
		this.plans = plans;
		this.progress = progress;
		this.indicators = indicators;
		this.messages = messages;
		this.audit = audit;
	}

	/** This year's work plan (kế hoạch năm) from the multi-year plan. */
	public Document workPlan(long planId, int year) {
		PlanView plan = this.plans.view(planId);
		requireYear(plan, year);
		Map<Long, TaskView> tasks = tasks(plan);
		List<List<String>> rows = new ArrayList<>();
		for (TaskYearView item : this.progress.year(planId, year)) {
			if (item.due() || item.recorded() != YearStatus.NOT_STARTED) {
				TaskView task = tasks.get(item.taskId());
				rows.add(List.of(task.code(), task.title(), names(task.leads()), coordinators(task),
						item.dueOn().format(DAY), (task.expectedOutput() != null) ? task.expectedOutput() : ""));
			}
		}
		Document.Builder doc = start(plan, "KH").title(text("plans.doc.workPlan.title"),
				text("plans.doc.workPlan.summary", plan.summary().title(), year));
		doc.paragraph(text("plans.doc.basis", basis(plan)));
		doc.heading(text("plans.doc.purposes"));
		lines(doc, plan.details().purposes());
		lines(doc, plan.details().requirements());
		doc.heading(text("plans.doc.tasks", year));
		doc.table(List.of(Block.Column.of(text("plans.doc.col.code"), 1),
				Block.Column.of(text("plans.doc.col.task"), 6), Block.Column.of(text("plans.doc.col.lead"), 3),
				Block.Column.of(text("plans.doc.col.coordinating"), 3), Block.Column.of(text("plans.doc.col.due"), 2),
				Block.Column.of(text("plans.doc.col.output"), 3)), rows, false);
		doc.heading(text("plans.doc.funding"));
		lines(doc, plan.details().funding());
		doc.heading(text("plans.doc.responsibilities"));
		for (PlanResponsibility r : plan.responsibilities()) {
			doc.labelled(r.party() + ": ", r.duties().replace('\n', ' '));
		}
		return finish(doc, plan, "WORK_PLAN", year);
	}

	/**
	 * The year's implementation report: tasks, status, evidence, targets, what is
	 * overdue.
	 */
	public Document report(long planId, int year) {
		PlanView plan = this.plans.view(planId);
		requireYear(plan, year);
		Document.Builder doc = start(plan, "BC").title(text("plans.doc.report.title"),
				text("plans.doc.report.summary", plan.summary().title(), year));
		doc.paragraph(text("plans.doc.basis", basis(plan)));
		results(doc, plan, List.of(year));
		return finish(doc, plan, "REPORT", year);
	}

	/** The review of phase {@code number}: interim (sơ kết) or final (tổng kết). */
	public Document review(long planId, int number) {
		PlanView plan = this.plans.view(planId);
		PlanPhase phase = plan.phases()
			.stream()
			.filter((p) -> p.number() == number)
			.findFirst()
			.orElseThrow(() -> new InvalidInput(List.of(FieldProblem.of("phase", "plans.frame.phase"))));
		boolean last = plan.phases().stream().allMatch((p) -> p.number() <= number);
		String kind = text(last ? "plans.doc.review.final" : "plans.doc.review.interim");
		Document.Builder doc = start(plan, "BC").title(text("plans.doc.report.title"),
				text("plans.doc.review.summary", kind, plan.summary().title(), phase.name()));
		doc.paragraph(text("plans.doc.basis", basis(plan)));
		List<Integer> years = new ArrayList<>();
		for (int y = phase.fromYear(); y <= phase.toYear(); y++) {
			years.add(y);
		}
		results(doc, plan, years);
		return finish(doc, plan, last ? "FINAL_REVIEW" : "INTERIM_REVIEW", number);
	}

	private void results(Document.Builder doc, PlanView plan, List<Integer> years) {
		Map<Long, TaskView> tasks = tasks(plan);
		List<List<String>> rows = new ArrayList<>();
		List<String> overdue = new ArrayList<>();
		int done = 0;
		int due = 0;
		for (int year : years) {
			for (TaskYearView item : this.progress.year(plan.summary().id(), year)) {
				if (!item.due() && item.status() == YearStatus.NOT_DUE) {
					continue;
				}
				TaskView task = tasks.get(item.taskId());
				due++;
				done += (item.status() == YearStatus.DONE) ? 1 : 0;
				rows.add(List.of(task.code() + ((years.size() > 1) ? " (" + year + ")" : ""), task.title(),
						names(task.leads()), text("plans.status." + item.status().name()),
						(item.doneOn() != null) ? item.doneOn().format(DAY) : "",
						((item.note() != null) ? item.note() : "") + evidence(item)));
				if (item.status() == YearStatus.OVERDUE) {
					overdue.add(text("plans.doc.overdueItem", task.code(), year, item.dueOn().format(DAY),
							names(item.leads())));
				}
			}
		}
		doc.heading(text("plans.doc.results"));
		doc.paragraph(text("plans.doc.resultsSummary", done, due));
		doc.table(List.of(Block.Column.of(text("plans.doc.col.code"), 2),
				Block.Column.of(text("plans.doc.col.task"), 6), Block.Column.of(text("plans.doc.col.lead"), 3),
				Block.Column.of(text("plans.doc.col.status"), 2), Block.Column.of(text("plans.doc.col.doneOn"), 2),
				Block.Column.of(text("plans.doc.col.result"), 5)), rows, false);
		targets(doc, plan, years.get(years.size() - 1));
		doc.heading(text("plans.doc.shortcomings"));
		if (overdue.isEmpty()) {
			doc.paragraph(text("plans.doc.noOverdue"));
		}
		overdue.forEach(doc::paragraph);
	}

	/**
	 * The targets with the live values of their indicators for the last year reported
	 * (not later than the current reporting year), and how many are met.
	 */
	private void targets(Document.Builder doc, PlanView plan, int lastYear) {
		int year = Math.min(lastYear, this.indicators.year(plan.summary().id(), null));
		LiveTargets live = this.indicators.live(plan.summary().id(), Math.max(year, plan.summary().fromYear()));
		doc.heading(text("plans.doc.targets"));
		if (live.live()) {
			long measured = live.targets().stream().filter((t) -> TargetValues.assessed(t.value())).count();
			long met = live.targets().stream().filter((t) -> TargetValues.met(t.value())).count();
			doc.paragraph(text("plans.doc.targetsMet", met, measured, live.year()));
		}
		else if (live.reach() == LiveTargets.Reach.OUT_OF_SCOPE) {
			doc.paragraph(text("plans.doc.targetsNotLive"));
		}
		else if (live.reach() == LiveTargets.Reach.UNIT_ENDED) {
			doc.paragraph(text("plans.doc.targetsUnitEnded", live.year()));
		}
		TargetValues words = new TargetValues(this.messages, VIETNAMESE);
		doc.table(List.of(Block.Column.of(text("plans.doc.col.target"), 6),
				Block.Column.of(text("plans.doc.col.threshold"), 2), Block.Column.of(text("plans.doc.col.byYear"), 1),
				Block.Column.of(text("plans.doc.col.live", live.year()), 2),
				Block.Column.of(text("plans.doc.col.status"), 2), Block.Column.of(text("plans.doc.col.gap"), 4)),
				live.targets().stream().map((s) -> {
					TargetView t = s.target();
					return List.of(t.description(), (t.threshold() != null) ? t.threshold() : "",
							(t.byYear() != null) ? String.valueOf(t.byYear()) : "", words.value(s.value()),
							words.status(s.value()), words.gaps(s.value()));
				}).toList(), false);
	}

	private Document.Builder start(PlanView plan, String symbol) {
		String place = (plan.summary().unitName() != null) ? plan.summary().unitName() : null;
		return Document.portrait()
			.letterhead(new Letterhead(null, plan.details().issuingBody().toUpperCase(VIETNAMESE),
					"     /" + symbol + "-UBND", place, LocalDate.now()));
	}

	private Document finish(Document.Builder doc, PlanView plan, String kind, int which) {
		doc.sign(Signature.official(text("plans.doc.signAuthority"), text("plans.doc.signPosition"), null));
		doc.recipient(text("plans.doc.recipientArchive"));
		this.audit.record(AuditAction.EXPORT, PlanAccess.RECORD, plan.summary().id(), plan.summary().unitId(),
				Changes.none().note("document", kind).note("for", String.valueOf(which)));
		return doc.build();
	}

	private String basis(PlanView plan) {
		PlanSummary p = plan.summary();
		String number = (p.numberSymbol() != null) ? p.numberSymbol() : "";
		return (p.issuedOn() != null) ? text("plans.doc.basisDated", number, p.issuedOn().format(DAY), p.title())
				: text("plans.doc.basisUndated", number, p.title());
	}

	private String evidence(TaskYearView item) {
		return item.evidence().isEmpty() ? "" : " " + text("plans.doc.evidence",
				item.evidence().stream().map(EvidenceView::label).collect(Collectors.joining("; ")));
	}

	private static void lines(Document.Builder doc, String text) {
		if (text != null) {
			for (String line : text.split("\n")) {
				if (!line.isBlank()) {
					doc.paragraph(line.strip());
				}
			}
		}
	}

	private static void requireYear(PlanView plan, int year) {
		if (year < plan.summary().fromYear() || year > plan.summary().toYear()) {
			throw new InvalidInput(List.of(FieldProblem.of("year", "plans.doc.yearOutside", plan.summary().fromYear(),
					plan.summary().toYear())));
		}
	}

	private static Map<Long, TaskView> tasks(PlanView plan) {
		return plan.tasks().stream().collect(Collectors.toMap(TaskView::id, Function.identity()));
	}

	private static String names(List<AgencyRef> agencies) {
		return agencies.stream().map(AgencyRef::name).collect(Collectors.joining("; "));
	}

	private static String coordinators(TaskView task) {
		String named = names(task.coordinators());
		if (task.othersNote() == null) {
			return named;
		}
		return named.isEmpty() ? task.othersNote() : named + "; " + task.othersNote();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VIETNAMESE);
	}

}
