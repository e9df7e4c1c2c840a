package vn.hoagiai.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token. Only its SHA-256 hash is kept.
 */
@Entity
@Table(name = "idn_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long userId, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	String getTokenPrefix() {
		return this.tokenPrefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
