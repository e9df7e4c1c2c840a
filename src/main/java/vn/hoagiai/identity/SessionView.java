package vn.hoagiai.identity;

import java.time.LocalDateTime;

/**
 * One of the signed-in user's sessions. The handle names it without revealing the session
 * id, which is a bearer secret.
 */
public record SessionView(String handle, LocalDateTime createdAt, LocalDateTime lastAccessedAt, boolean current) {

}
