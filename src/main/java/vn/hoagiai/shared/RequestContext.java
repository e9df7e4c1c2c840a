package vn.hoagiai.shared;

/**
 * Keys under which every request's correlation id and client address are kept in the
 * logging context (MDC), for logs and the audit trail.
 */
public final class RequestContext {

	public static final String CORRELATION_ID = "correlationId";

	public static final String CLIENT_ADDRESS = "clientAddress";

	private RequestContext() {
	}

}
