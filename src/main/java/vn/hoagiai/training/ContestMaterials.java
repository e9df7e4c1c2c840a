package vn.hoagiai.training;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.VietnameseText;

/**
 * The record of how a contest was held: the training event each round is held as, its
 * photos and documents. Each change names the version it was made on, raises it, and is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class ContestMaterials {

	private final ContestService contests;

	private final ContestFormat format;

	private final ContestFiles contestFiles;

	private final TrainingEventRepository events;

	private final EventScope scope;

	private final StoredFiles files;

	ContestMaterials(ContestService contests, ContestFormat format, ContestFiles contestFiles,
			TrainingEventRepository events, EventScope scope, StoredFiles files) {
		this.contests = contests;
		this.format = format;
		this.contestFiles = contestFiles;
		this.events = events;
		this.scope = scope;
		this.files = files;
	}

	/**
	 * Links a round to the training event where it is held: a contest round the viewer
	 * may read ({@code eventId} null removes the link).
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void linkRound(long id, long version, long roundId, Long eventId) {
		Contest contest = this.contests.loadForWrite(id, version);
		if (eventId != null) {
			TrainingEvent event = this.events.findById(eventId).orElse(null);
			if (event == null || event.getKind() != EventKind.CONTEST_ROUND || event.isWithdrawn()
					|| !this.scope.readable().contains(event.getOrganiserUnitId())) {
				throw new InvalidInput(List.of(FieldProblem.of("eventId", "contest.round.eventUnknown")));
			}
		}
		Long before = this.format.roundEvent(id, roundId);
		if (!this.format.linkRound(id, roundId, eventId)) {
			throw new InvalidInput(List.of(FieldProblem.of("roundId", "contest.round.unknown")));
		}
		this.contests.changed(contest, Changes.of("round " + roundId + " event", before, eventId));
	}

	/**
	 * Adds a photo (JPEG, PNG) or a document (PDF, Word, Excel), recognised by its
	 * content and stored by its hash.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void addFile(long id, long version, ContestFileKind kind, String title, String originalName,
			InputStream content) {
		Contest contest = this.contests.loadForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "validation.required"));
		}
		if (title == null || title.isBlank()) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		else if (title.length() > 300) {
			problems.add(FieldProblem.of("title", "validation.tooLong", 300));
		}
		InvalidInput.throwIfAny(problems);
		StoredFiles.StoredFile stored = this.files.store(content,
				(kind == ContestFileKind.PHOTO) ? FileType.PHOTOS : FileType.DOCUMENTS, "contest.file.type." + kind);
		String name = FileNames.safe(originalName, stored.type());
		this.contestFiles.add(id, kind, VietnameseText.clean(title), stored, name);
		this.contests.changed(contest, Changes.of("file", null, kind + " " + name + " " + stored.hash()));
	}

	/** A photo or document of a contest the viewer may read. */
	public LibraryService.FileDownload file(long id, long fileId) {
		this.contests.loadReadable(id);
		ContestFiles.StoredName stored = this.contestFiles.find(id, fileId)
			.orElseThrow(() -> new RecordNotFound("ContestFile", fileId));
		return new LibraryService.FileDownload(this.files.open(stored.hash()), stored.fileName(), stored.mediaType(),
				stored.size());
	}

}
