package vn.hoagiai.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RequestContext;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Writes the audit trail. Changes are written in the caller's transaction, so they stand
 * or fall with the change itself; denied access and sign-in events are written in their
 * own transaction because the request that caused them fails.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void created(String recordType, Object recordId, UnitId unit, Changes fields) {
		write(AuditAction.CREATE, recordType, recordId, unit, fields, CurrentViewer.find().orElse(null));
	}

	public void updated(String recordType, Object recordId, UnitId unit, Changes changes) {
		if (!changes.isEmpty()) {
			write(AuditAction.UPDATE, recordType, recordId, unit, changes, CurrentViewer.find().orElse(null));
		}
	}

	public void withdrawn(String recordType, Object recordId, UnitId unit, String reason) {
		write(AuditAction.WITHDRAW, recordType, recordId, unit, Changes.none().note("reason", reason),
				CurrentViewer.find().orElse(null));
	}

	/**
	 * A read or export of personal data, or another event in the caller's transaction.
	 */
	public void record(AuditAction action, String recordType, Object recordId, UnitId unit, Changes details) {
		write(action, recordType, recordId, unit, details, CurrentViewer.find().orElse(null));
	}

	/**
	 * A read of a record holding personal data, written in its own transaction so that
	 * read-only transactions (which PostgreSQL enforces) can log it.
	 */
	public void read(String recordType, Object recordId, UnitId unit) {
		Viewer viewer = CurrentViewer.find().orElse(null);
		this.separate.executeWithoutResult(
				(status) -> write(AuditAction.READ, recordType, recordId, unit, Changes.none(), viewer));
	}

	/**
	 * An attempt to reach a record outside the viewer's scope; written even though the
	 * request fails.
	 */
	public void denied(String recordType, Object recordId, UnitId unit) {
		Viewer viewer = CurrentViewer.find().orElse(null);
		log.warn("Denied {} {} (unit {}) to {}", recordType, recordId, unit,
				(viewer != null) ? viewer.username() : "anonymous");
		this.separate.executeWithoutResult(
				(status) -> write(AuditAction.DENIED, recordType, recordId, unit, Changes.none(), viewer));
	}

	/** A sign-in event for {@code username}, written in its own transaction. */
	public void signIn(AuditAction action, String username, UnitId unit, String detail) {
		this.separate.executeWithoutResult(
				(status) -> insert(action, "User", username, unit, (detail != null) ? detail : "", username));
	}

	private void write(AuditAction action, String recordType, Object recordId, UnitId unit, Changes changes,
			Viewer viewer) {
		UnitId scopeUnit = (unit != null) ? unit : (viewer != null) ? viewer.unitId() : null;
		insert(action, recordType, (recordId != null) ? recordId.toString() : null, scopeUnit, changes.toString(),
				(viewer != null) ? viewer.username() : null);
	}

	private void insert(AuditAction action, String recordType, String recordId, UnitId unit, String changes,
			String username) {
		this.jdbc.sql("""
				insert into aud_event (occurred_at, username, unit_id, action, record_type, record_id, changes,
				  client_address, correlation_id)
				values (:at, :user, :unit, :action, :type, :id, :changes, :addr, :corr)""")
			.param("at", LocalDateTime.now(ZoneOffset.UTC))
			.param("user", username)
			.param("unit", (unit != null) ? unit.value() : null)
			.param("action", action.name())
			.param("type", recordType)
			.param("id", recordId)
			.param("changes", truncate(changes))
			.param("addr", MDC.get(RequestContext.CLIENT_ADDRESS))
			.param("corr", MDC.get(RequestContext.CORRELATION_ID))
			.update();
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 8000) ? text.substring(0, 7999) + "…" : text;
	}

}
