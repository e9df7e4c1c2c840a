package vn.hoagiai.plans;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Viewer;

/**
 * Evidence of a task's year: links (to a page of the app, or an http(s) address) and
 * files (office documents, PDF, images; at most 10 MB), added by those who may record the
 * year's progress, withdrawn with a reason, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg",
			"png");

	private static final String RECORD = "PlanEvidence";

	private final ProgressService progress;

	private final EvidenceRepository evidence;

	private final AuditTrail audit;

	EvidenceService(ProgressService progress, EvidenceRepository evidence, AuditTrail audit) {
		this.progress = progress;
		this.evidence = evidence;
		this.audit = audit;
	}

	@Transactional
	public long addLink(long planId, long taskId, int year, String label, String url) {
		ProgressService.Writable target = this.progress.writable(planId, taskId, year);
		List<FieldProblem> problems = label(label);
		String link = (url != null) ? url.strip() : "";
		if (!isSafeLink(link)) {
			problems.add(FieldProblem.of("url", "plans.evidence.url.invalid"));
		}
		InvalidInput.throwIfAny(problems);
		Evidence saved = this.evidence
			.save(Evidence.link(target.year().getId(), label.strip(), link, viewer().username()));
		this.audit.created(RECORD, saved.getId(), target.plan().getUnitId(),
				Changes.of("taskYearId", null, target.year().getId()).field("link", null, link));
		return saved.getId();
	}

	@Transactional
	public long addFile(long planId, long taskId, int year, String label, EvidenceFile file) {
		ProgressService.Writable target = this.progress.writable(planId, taskId, year);
		List<FieldProblem> problems = label(label);
		if (file == null || file.content() == null || file.content().length == 0 || file.fileName() == null) {
			problems.add(FieldProblem.of("file", "plans.evidence.file.empty"));
		}
		else if (file.content().length > MAX_BYTES) {
			problems.add(FieldProblem.of("file", "plans.evidence.file.tooLarge", MAX_BYTES / 1024 / 1024));
		}
		else if (!EXTENSIONS.contains(extension(file.fileName()))) {
			problems.add(FieldProblem.of("file", "plans.evidence.file.type"));
		}
		InvalidInput.throwIfAny(problems);
		String name = file.fileName().replaceAll("[\\\\/\\r\\n\"]", "_");
		Evidence saved = this.evidence.save(Evidence.file(target.year().getId(), label.strip(),
				new EvidenceFile(name, file.contentType(), file.content()), viewer().username()));
		this.audit.created(RECORD, saved.getId(), target.plan().getUnitId(),
				Changes.of("taskYearId", null, target.year().getId())
					.field("file", null, name)
					.field("size", null, file.content().length));
		return saved.getId();
	}

	@Transactional
	public void withdraw(long planId, long taskId, int year, long evidenceId, String reason) {
		ProgressService.Writable target = this.progress.writable(planId, taskId, year);
		Evidence item = load(target, evidenceId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.required")));
		}
		item.withdraw();
		this.audit.withdrawn(RECORD, evidenceId, target.plan().getUnitId(), reason.strip());
	}

	/** An evidence file, for a viewer who may read the plan. */
	public EvidenceFile file(long planId, long taskId, int year, long evidenceId) {
		TaskYearView view = this.progress.taskYear(planId, taskId, year);
		Evidence item = this.evidence.findById(evidenceId)
			.filter((e) -> e.getTaskYearId() == view.id() && !e.isWithdrawn())
			.orElseThrow(() -> new RecordNotFound(RECORD, evidenceId));
		if (item.view().kind() != EvidenceKind.FILE) {
			throw new RecordNotFound(RECORD, evidenceId);
		}
		return item.file();
	}

	private Evidence load(ProgressService.Writable target, long evidenceId) {
		return this.evidence.findById(evidenceId)
			.filter((e) -> e.getTaskYearId().equals(target.year().getId()) && !e.isWithdrawn())
			.orElseThrow(() -> new RecordNotFound(RECORD, evidenceId));
	}

	/** An address inside the app ("/trainings/3") or an http(s) address elsewhere. */
	static boolean isSafeLink(String link) {
		if (link.isEmpty() || link.length() > 1000) {
			return false;
		}
		if (link.startsWith("/")) {
			return !link.startsWith("//") && !link.contains("\\");
		}
		try {
			URI uri = URI.create(link);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static List<FieldProblem> label(String label) {
		List<FieldProblem> problems = new ArrayList<>();
		if (label == null || label.isBlank()) {
			problems.add(FieldProblem.of("label", "validation.required"));
		}
		else if (label.strip().length() > 300) {
			problems.add(FieldProblem.of("label", "validation.tooLong", 300));
		}
		return problems;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Viewer viewer() {
		return CurrentViewer.require();
	}

}
