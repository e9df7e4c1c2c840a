package vn.hoagiai.training;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.Viewer;

/**
 * The material library: search, open (recorded for signed-in mediators), add files, video
 * links and articles, edit, withdraw. Published items are for every signed-in user;
 * internal items only for officers of the publishing unit's scope and below it.
 */
@Service
@Transactional(readOnly = true)
public class LibraryService {

	static final String RECORD = "LibraryItem";

	public static final String WRITERS = TrainingEventService.WRITERS;

	private final LibraryItemRepository items;

	private final LibraryQueries queries;

	private final StoredFiles files;

	private final AccessLog access;

	private final Learners learners;

	private final EventScope scope;

	private final AuditTrail audit;

	LibraryService(LibraryItemRepository items, LibraryQueries queries, StoredFiles files, AccessLog access,
			Learners learners, EventScope scope, AuditTrail audit) {
		this.items = items;
		this.queries = queries;
		this.files = files;
		this.access = access;
		this.learners = learners;
		this.scope = scope;
		this.audit = audit;
	}

	public Page<ItemRow> search(LibraryFilter filter, Pageable page) {
		return this.queries.list(filter, internalUnits(), this.learners.current().orElse(null), page);
	}

	/**
	 * The item's page; an open by a signed-in mediator is recorded (first and last time,
	 * count).
	 */
	@Transactional
	public ItemView open(long id) {
		LibraryItem item = readable(id);
		Optional<Long> learner = this.learners.current();
		Instant firstOpened = null;
		int count = 0;
		if (learner.isPresent() && !item.isWithdrawn()) {
			this.access.record(learner.get(), id, item.getCategory(), Instant.now());
			AccessLog.Access mine = this.access.opened(learner.get()).get(id);
			firstOpened = mine.first();
			count = mine.count();
		}
		return new ItemView(id, item.getKind(), item.details(), item.getFileName(), item.getMediaType(),
				item.getFileSize(), this.queries.supersededBy(id), item.getWithdrawnReason(), item.getVersion(),
				writable(item), firstOpened, count);
	}

	/** The stored file of an item. */
	public FileDownload file(long id) {
		LibraryItem item = readable(id);
		if (item.getKind() != ItemKind.FILE) {
			throw new RecordNotFound(RECORD, id);
		}
		return new FileDownload(this.files.open(item.getFileHash()), item.getFileName(), item.getMediaType(),
				item.getFileSize());
	}

	/** Adds an uploaded file; its type is recognised by content, never by its name. */
	@Transactional
	@PreAuthorize(WRITERS)
	public long addFile(ItemDetails details, String originalName, InputStream content) {
		InvalidInput.throwIfAny(check(ItemKind.FILE, details));
		StoredFiles.StoredFile stored = this.files.store(content);
		LibraryItem item = new LibraryItem(CurrentViewer.require().unitId(), ItemKind.FILE, details);
		item.attach(stored, FileNames.safe(originalName, stored.type()));
		return created(item);
	}

	/** Adds a video link or an article ({@code kind} VIDEO or ARTICLE). */
	@Transactional
	@PreAuthorize(WRITERS)
	public long add(ItemKind kind, ItemDetails details) {
		if (kind == ItemKind.FILE) {
			throw new InvalidInput(List.of(FieldProblem.of("file", "validation.required")));
		}
		ItemDetails clean = sanitised(details);
		InvalidInput.throwIfAny(check(kind, clean));
		return created(new LibraryItem(CurrentViewer.require().unitId(), kind, clean));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, ItemDetails details) {
		LibraryItem item = forWrite(id, version);
		ItemDetails clean = sanitised(details);
		InvalidInput.throwIfAny(check(item.getKind(), clean));
		ItemDetails before = item.details();
		item.apply(clean);
		this.audit.updated(RECORD, id, item.getUnitId(),
				Changes.of("title", before.title(), clean.title())
					.field("category", before.category(), clean.category())
					.field("tags", before.tags(), clean.tags())
					.field("published", before.published(), clean.published())
					.field("supersedes", before.supersedesId(), clean.supersedesId())
					.field("videoUrl", before.videoUrl(), clean.videoUrl())
					.field("body", (before.bodyHtml() != null) ? before.bodyHtml().length() : null,
							(clean.bodyHtml() != null) ? clean.bodyHtml().length() : null));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void withdraw(long id, long version, String reason) {
		LibraryItem item = forWrite(id, version);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.required")));
		}
		item.withdraw(reason);
		this.audit.withdrawn(RECORD, id, item.getUnitId(), reason);
	}

	private long created(LibraryItem item) {
		LibraryItem saved = this.items.save(item);
		ItemDetails d = saved.details();
		this.audit.created(RECORD, saved.getId(), saved.getUnitId(),
				Changes.of("title", null, d.title())
					.field("kind", null, saved.getKind())
					.field("category", null, d.category())
					.field("published", null, d.published())
					.field("file", null, saved.getFileHash()));
		return saved.getId();
	}

	private List<FieldProblem> check(ItemKind kind, ItemDetails d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.title() == null || d.title().isBlank()) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		else if (d.title().length() > 300) {
			problems.add(FieldProblem.of("title", "validation.tooLong", 300));
		}
		if (d.category() == null) {
			problems.add(FieldProblem.of("category", "validation.required"));
		}
		length(problems, "tags", d.tags(), 500);
		length(problems, "legalText", d.legalText(), 300);
		length(problems, "summary", d.summary(), 1000);
		if (kind == ItemKind.VIDEO && !isWebAddress(d.videoUrl())) {
			problems.add(FieldProblem.of("videoUrl", "library.videoUrl.invalid"));
		}
		if (kind == ItemKind.ARTICLE) {
			if (d.bodyHtml() == null || d.bodyHtml().isBlank()) {
				problems.add(FieldProblem.of("bodyHtml", "validation.required"));
			}
			else if (d.bodyHtml().length() > 60_000) {
				problems.add(FieldProblem.of("bodyHtml", "validation.tooLong", 60_000));
			}
		}
		if (d.supersedesId() != null && this.items.findById(d.supersedesId()).isEmpty()) {
			problems.add(FieldProblem.of("supersedesId", "library.supersedes.unknown"));
		}
		return problems;
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(FieldProblem.of(field, "validation.tooLong", max));
		}
	}

	static boolean isWebAddress(String url) {
		if (url == null || url.isBlank() || url.length() > 500) {
			return false;
		}
		try {
			URI uri = URI.create(url.strip());
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static ItemDetails sanitised(ItemDetails d) {
		return new ItemDetails(d.title(), d.category(), d.tags(), d.legalText(), d.summary(), d.published(),
				d.supersedesId(), d.videoUrl(), ArticleHtml.sanitise(d.bodyHtml()));
	}

	/** Internal items are for officers; mediators and team leaders see published ones. */
	private VisibleUnits internalUnits() {
		Viewer viewer = CurrentViewer.require();
		if (!viewer.isAdmin() && viewer.roles().stream().allMatch((r) -> r == Role.MEDIATOR || r == Role.TEAM_LEADER)) {
			return null;
		}
		return this.scope.readable();
	}

	private LibraryItem readable(long id) {
		LibraryItem item = this.items.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		if (item.isWithdrawn() && !writable(item)) {
			throw new RecordNotFound(RECORD, id);
		}
		if (!item.isPublished()) {
			VisibleUnits internal = internalUnits();
			if (internal == null || !internal.contains(item.getUnitId())) {
				throw new RecordNotFound(RECORD, id);
			}
		}
		return item;
	}

	private boolean writable(LibraryItem item) {
		Viewer viewer = CurrentViewer.require();
		boolean writer = viewer.isAdmin() || viewer.has(Role.PROVINCE_OFFICER) || viewer.has(Role.DISTRICT_OFFICER)
				|| viewer.has(Role.COMMUNE_OFFICER) || viewer.has(Role.PARTNER) || viewer.has(Role.TRAINER);
		return writer && this.scope.writable(item.getUnitId());
	}

	private LibraryItem forWrite(long id, long version) {
		LibraryItem item = this.items.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		this.scope.requireWritable(item.getUnitId(), id);
		if (item.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		if (item.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("item", "library.withdrawn")));
		}
		return item;
	}

	/** A stored file ready to send. */
	public record FileDownload(Path path, String fileName, String mediaType, Long size) {
	}

}
