package vn.hoagiai.identity;

import java.security.SecureRandom;

/**
 * Random first and reset passwords: 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 92 bits, easy to read aloud or copy from a screen.
 */
final class TemporaryPasswords {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
