package vn.hoagiai.training;

import java.time.Instant;

/**
 * A library item as shown on its page. {@code bodyHtml} is sanitised.
 *
 * @param supersededById the newer item that replaces this one, if any
 * @param firstOpened for a signed-in mediator, when they first opened it
 * @param openCount for a signed-in mediator, how often they opened it
 */
public record ItemView(long id, ItemKind kind, ItemDetails details, String fileName, String mediaType, Long fileSize,
		Long supersededById, String withdrawnReason, long version, boolean writable, Instant firstOpened,
		int openCount) {

}
