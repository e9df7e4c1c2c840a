package vn.hoagiai.identity;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryPasswordsTests {

	@Test
	void hasSixteenCharactersWithoutLookAlikes() {
		String password = TemporaryPasswords.generate();
		assertThat(password).hasSize(16).matches("[A-Za-z2-9]+").doesNotContainPattern("[0O1lI]");
	}

	@Test
	void neverRepeats() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(TemporaryPasswords.generate());
		}
		assertThat(seen).hasSize(1000);
	}

}
