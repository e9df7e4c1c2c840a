package vn.hoagiai.cases;

import java.time.LocalDateTime;

/**
 * The notification a mediator made of a risk of violence or signs of a violation (Art. 4,
 * 10): to whom and when.
 */
public record Notification(String to, LocalDateTime at) {

}
