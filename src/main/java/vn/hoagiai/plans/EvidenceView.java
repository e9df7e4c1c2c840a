package vn.hoagiai.plans;

import java.time.Instant;

/** One piece of evidence as lists show it (without the file's bytes). */
public record EvidenceView(long id, EvidenceKind kind, String label, String url, String fileName, Long sizeBytes,
		String addedBy, Instant addedAt) {

}
