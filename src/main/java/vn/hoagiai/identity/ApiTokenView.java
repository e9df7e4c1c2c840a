package vn.hoagiai.identity;

import java.time.LocalDateTime;

/**
 * A personal API token as its owner sees it: never the token itself.
 */
public record ApiTokenView(long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
		LocalDateTime expiresAt, LocalDateTime revokedAt, boolean usable) {

}
