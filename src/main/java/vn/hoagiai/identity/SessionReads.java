package vn.hoagiai.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How a request reads its session from the store: once, and without a transaction.
 * <ul>
 * <li>Spring Session reads the requested session a second time at the end of a request
 * whose response was committed before its filter returned (spring-session#1731): every
 * page and API answer. Within one request the store answers that second read from the
 * first one; a save or a deletion in the request updates what it answers.</li>
 * <li>A read is one SELECT, consistent on its own: it runs in auto-commit, without
 * beginning and committing a transaction around it. Every write of the store stays in a
 * transaction.</li>
 * </ul>
 */
final class SessionReads {

	/** Before Spring Session's filter, so that its reads at the very end still count. */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

	private static final ThreadLocal<Map<String, Optional<Session>>> REQUEST = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private SessionReads() {
	}

	/**
	 * The session {@code id} as this request already read it, or as {@code store} has it
	 * now.
	 */
	static Session find(String id, Function<String, Session> store) {
		Map<String, Optional<Session>> known = REQUEST.get();
		Optional<Session> earlier = (known != null) ? known.get(id) : null;
		if (earlier != null) {
			return earlier.orElse(null);
		}
		Session session;
		READING.set(Boolean.TRUE);
		try {
			session = store.apply(id);
		}
		finally {
			READING.remove();
		}
		if (known != null) {
			known.put(id, Optional.ofNullable(session));
		}
		return session;
	}

	/**
	 * After {@code session} is saved: the store has it under its id, and no other id of
	 * this request is known any more (a new id replaces the old one).
	 */
	static void saved(Session session) {
		Map<String, Optional<Session>> known = REQUEST.get();
		if (known != null) {
			known.clear();
			known.put(session.getId(), Optional.of(session));
		}
	}

	static void deleted(String id) {
		Map<String, Optional<Session>> known = REQUEST.get();
		if (known != null) {
			known.put(id, Optional.empty());
		}
	}

	/** The span of one request (and of a nested dispatch within it). */
	static final class Scope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			Map<String, Optional<Session>> outer = REQUEST.get();
			REQUEST.set(new HashMap<>(4));
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					REQUEST.set(outer);
				}
				else {
					REQUEST.remove();
				}
			}
		}

	}

	/**
	 * The store's transactions: none around a read of one session, {@code writes} for
	 * everything else.
	 */
	static final class Transactions implements TransactionOperations {

		private final TransactionOperations writes;

		Transactions(TransactionOperations writes) {
			this.writes = writes;
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) throws TransactionException {
			return (READING.get() != null) ? TransactionOperations.withoutTransaction().execute(action)
					: this.writes.execute(action);
		}

		@Override
		public void executeWithoutResult(Consumer<TransactionStatus> action) throws TransactionException {
			this.writes.executeWithoutResult(action);
		}

	}

}
