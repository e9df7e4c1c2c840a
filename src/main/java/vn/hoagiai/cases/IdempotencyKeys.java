package vn.hoagiai.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * Idempotent creates. The key is claimed by inserting it under its primary key in the
 * creating transaction: a concurrent replay, on this or another app instance, waits on
 * that key until the first transaction ends, then finds the case it made. A failed create
 * rolls the claim back, so the key may be used again. Keys belong to the user who sent
 * them.
 */
@Component
class IdempotencyKeys {

	static final int MAX_LENGTH = 100;

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key; empty when it is new (the caller creates the record and calls
	 * {@link #complete}), else the id made by the first request. A key reused for
	 * different content is refused.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> claim(String username, String key, Object request) {
		if (key.length() > MAX_LENGTH) {
			throw new InvalidInput(List.of(FieldProblem.of("idempotencyKey", "case.idempotency.tooLong")));
		}
		String fingerprint = fingerprint(request);
		int inserted = this.jdbc.sql("""
				insert into cas_idempotency (username, idem_key, fingerprint, created_at)
				values (:user, :key, :fingerprint, :at) on conflict do nothing""")
			.param("user", username)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("at", LocalDateTime.now(ZoneOffset.UTC))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		Claim first = this.jdbc
			.sql("select fingerprint, case_id from cas_idempotency where username = :user and idem_key = :key")
			.param("user", username)
			.param("key", key)
			.query((rs, n) -> new Claim(rs.getString(1), rs.getLong(2)))
			.single();
		if (!first.fingerprint().equals(fingerprint)) {
			throw new InvalidInput(List.of(FieldProblem.of("idempotencyKey", "case.idempotency.reused")));
		}
		return Optional.of(first.caseId());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void complete(String username, String key, long caseId) {
		this.jdbc.sql("update cas_idempotency set case_id = :id where username = :user and idem_key = :key")
			.param("id", caseId)
			.param("user", username)
			.param("key", key)
			.update();
	}

	static String fingerprint(Object request) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Claim(String fingerprint, long caseId) {
	}

}
