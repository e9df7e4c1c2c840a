package vn.hoagiai.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for passwords as people type them: NFC first, so a composed and a decomposed "ầ"
 * are the same password; and, since BCrypt reads only 72 bytes (and Spring refuses more),
 * a longer password is first reduced to the Base64 of its SHA-256, so that every
 * character counts and nothing is truncated (ASVS 2.1.3).
 */
class NormalisingPasswordEncoder implements PasswordEncoder {

	static final int BCRYPT_MAX_BYTES = 72;

	private final PasswordEncoder bcrypt;

	NormalisingPasswordEncoder(PasswordEncoder bcrypt) {
		this.bcrypt = bcrypt;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(prepare(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		return this.bcrypt.matches(prepare(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.bcrypt.upgradeEncoding(encodedPassword);
	}

	static String prepare(CharSequence rawPassword) {
		String normalised = PasswordPolicy.normalise(rawPassword.toString());
		byte[] bytes = normalised.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= BCRYPT_MAX_BYTES) {
			return normalised;
		}
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
