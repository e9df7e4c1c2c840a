package vn.hoagiai.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store (Spring Session JDBC) as this application uses it, so that a
 * signed-in request costs little more than an anonymous one (bench/README.md,
 * throughput):
 * <ul>
 * <li>A session's last-access time is written back at most once per {@link #RESOLUTION}.
 * Spring Session marks a session changed whenever the request touches it, so every page
 * view of a signed-in user ended in an {@code UPDATE spring_session}. Sessions are the
 * unit of idle expiry (30 minutes); moving their last-access time in steps of a minute
 * ends an idle session at most a minute early, and never late. Attribute changes
 * (sign-in, language, the security context) are written at once, as before; a request
 * that changed nothing writes nothing.</li>
 * <li>A request reads its session once, without a transaction ({@link SessionReads}); the
 * store's writes run in plain JDBC transactions.</li>
 * <li>A sign-in is stored in a small form of its own ({@link SessionAttributes}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	/**
	 * Wraps Boot's JDBC session repository where it is made, so that the session filter
	 * and {@link UserSessions} both get the wrapper (a second repository bean would turn
	 * Boot's session auto-configuration off). The original keeps its own life cycle: its
	 * clean-up of expired sessions is stopped on the original when the context closes.
	 */
	@Bean
	static BeanPostProcessor sessionStorePostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new Repository(sessions) : bean;
			}

		};
	}

	/**
	 * The session store's statements in plain JDBC transactions. Spring Session would
	 * otherwise run every read of a session in a JPA transaction of the application's
	 * transaction manager, which opens and closes a Hibernate session around one SELECT:
	 * about a third of what loading a session cost per request. Reads of one session run
	 * without a transaction at all ({@link SessionReads}). A write gets a new transaction
	 * each time, as Spring Session's own default: ending a user's sessions from inside an
	 * application transaction does not wait for that transaction. Not a candidate by
	 * type, so the application's transaction template stays Boot's: Spring Session finds
	 * it by its name.
	 */
	@Bean(defaultCandidate = false)
	static TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new SessionReads.Transactions(transactions);
	}

	/**
	 * Attribute values as {@link SessionAttributes} writes them. Spring Session finds it
	 * by its name; not a candidate by type, so it is not the application's conversion
	 * service.
	 */
	@Bean(defaultCandidate = false)
	static ConversionService springSessionConversionService() {
		return SessionAttributes.conversionService(SessionStore.class.getClassLoader());
	}

	@Bean
	static FilterRegistrationBean<SessionReads.Scope> sessionReadsScope() {
		FilterRegistrationBean<SessionReads.Scope> registration = new FilterRegistrationBean<>(
				new SessionReads.Scope());
		registration.setOrder(SessionReads.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** The JDBC repository with its sessions' touches filtered. */
	static final class Repository implements FindByIndexNameSessionRepository<Session> {

		private final FindByIndexNameSessionRepository<Session> delegate;

		@SuppressWarnings("unchecked")
		Repository(FindByIndexNameSessionRepository<? extends Session> delegate) {
			this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		}

		@Override
		public Session createSession() {
			return this.delegate.createSession();
		}

		@Override
		public void save(Session session) {
			if (session instanceof Touched touched) {
				// A request that changed nothing writes nothing (Spring Session would
				// still
				// walk the session's changes to find none).
				if (touched.changed) {
					this.delegate.save(touched.delegate);
					touched.changed = false;
				}
			}
			else {
				this.delegate.save(session);
			}
			SessionReads.saved(session);
		}

		@Override
		public Session findById(String id) {
			return SessionReads.find(id, (stored) -> {
				Session session = this.delegate.findById(stored);
				return (session != null) ? new Touched(session) : null;
			});
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
			SessionReads.deleted(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

	/**
	 * A stored session whose last-access time moves only in steps of {@link #RESOLUTION}.
	 */
	static final class Touched implements Session {

		final Session delegate;

		/**
		 * Whether this request changed anything the store keeps. Attribute reads do not:
		 * the store's save mode writes an attribute when it is set (Spring Session's
		 * default, which this application keeps).
		 */
		boolean changed;

		Touched(Session delegate) {
			this.delegate = delegate;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.delegate.getLastAccessedTime().plus(RESOLUTION))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
