package vn.hoagiai.identity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class NormalisingPasswordEncoderTests {

	private final NormalisingPasswordEncoder encoder = new NormalisingPasswordEncoder(new BCryptPasswordEncoder(4));

	@Test
	void composedAndDecomposedSpellingsAreOnePassword() {
		String composed = "Trăng sáng trên đồi chè";
		String hash = this.encoder.encode(composed);
		assertThat(this.encoder.matches(Normalizer.normalize(composed, Normalizer.Form.NFD), hash)).isTrue();
	}

	@Test
	void acceptsPasswordsLongerThanSeventyTwoBytesWithoutTruncating() {
		String longPassword = "đường về quê mẹ ".repeat(8);
		assertThat(longPassword.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		String hash = this.encoder.encode(longPassword);
		assertThat(this.encoder.matches(longPassword, hash)).isTrue();
		assertThat(this.encoder.matches(longPassword + "!", hash)).isFalse();
		assertThat(this.encoder.matches(longPassword.substring(0, 60), hash)).isFalse();
	}

	@Test
	void refusesMissingPasswordWithoutFailing() {
		assertThat(this.encoder.matches(null, this.encoder.encode("mot mat khau dai"))).isFalse();
	}

	@Test
	void samePasswordHashesDifferently() {
		assertThat(this.encoder.encode("mot mat khau dai")).isNotEqualTo(this.encoder.encode("mot mat khau dai"));
	}

}
