package vn.hoagiai.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.VietnameseText;

/**
 * Personal API tokens for machine clients: issued once in clear, stored as a SHA-256
 * hash, revocable. The public methods act for the signed-in user on their own tokens.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "hg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Longest lifetime a token may be given. */
	static final int MAX_YEARS = 2;

	/**
	 * A new token for the current user, usable until the end of {@code expiresOn}
	 * (Vietnam time) or, when null, until revoked. The returned text is the only time it
	 * is seen.
	 * @throws BusinessRuleViolation on field {@code name} or {@code expiresOn}
	 */
	@Transactional
	public String issue(String name, LocalDate expiresOn) {
		LocalDate today = LocalDate.now(this.clock.withZone(LocalTimes.VIETNAM));
		if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS)))) {
			throw BusinessRuleViolation.onField("expiresOn", "identity.token.error.expiry");
		}
		return issue(CurrentViewer.require(), name, (expiresOn != null) ? LocalTimes.endOf(expiresOn) : null);
	}

	/** The current user's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> mine() {
		Instant now = this.clock.instant();
		return of(CurrentViewer.require()).stream()
			.map((t) -> new ApiTokenView(t.getId(), t.getName(), t.getTokenPrefix(), LocalTimes.local(t.getCreatedAt()),
					LocalTimes.local(t.getLastUsedAt()), LocalTimes.local(t.getExpiresAt()),
					LocalTimes.local(t.getRevokedAt()), t.isUsableAt(now)))
			.toList();
	}

	/**
	 * Revokes one of the current user's tokens; another's answers {@link RecordNotFound}.
	 */
	@Transactional
	public void revoke(long tokenId) {
		revoke(CurrentViewer.require(), tokenId);
	}

	/** A new token for {@code owner}; the returned text is the only time it is seen. */
	@Transactional
	String issue(Viewer owner, String name, Instant expiresAt) {
		String label = VietnameseText.clean(name);
		if (label == null || label.isEmpty() || label.length() > 100) {
			throw BusinessRuleViolation.onField("name", "identity.token.error.name");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiToken saved = this.tokens
			.save(new ApiToken(owner.userId(), label, hash(token), token.substring(0, 8), expiresAt));
		this.audit.created("ApiToken", saved.getId(), owner.unitId(), Changes.of("name", null, label));
		return token;
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(Viewer owner) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(owner.userId());
	}

	@Transactional
	void revoke(Viewer owner, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getUserId().equals(owner.userId()))
			.orElseThrow(() -> new RecordNotFound("ApiToken", tokenId));
		token.revoke(this.clock.instant());
		this.audit.withdrawn("ApiToken", tokenId, owner.unitId(), "revoked");
	}

	/**
	 * The signed-in user a presented token stands for, if it is valid and its owner
	 * active.
	 */
	@Transactional
	Optional<SignedInUser> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(presented)).filter((t) -> t.isUsableAt(now)).flatMap((t) -> {
			t.used(now);
			return this.users.findById(t.getUserId());
		}).filter(UserAccount::isActive).map(SignedInUser::of).map((u) -> {
			u.eraseCredentials();
			return u;
		});
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
