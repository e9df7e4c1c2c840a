package vn.hoagiai.mediators;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameTokensTests {

	private static final String HOA = "Nguyễn Thị Hòa";

	@Test
	void keysAreEveryTailOfTheFoldedWords() {
		assertThat(NameTokens.of(HOA)).containsExactly("nguyen thi hoa", "thi hoa", "hoa");
	}

	@Test
	void spacesAndBlankNamesGiveNoEmptyKey() {
		assertThat(NameTokens.of("  Lò   Văn  Định ")).containsExactly("lo van dinh", "van dinh", "dinh");
		assertThat(NameTokens.of("   ")).isEmpty();
		assertThat(NameTokens.of(null)).isEmpty();
	}

	@Test
	void searchWithoutAccentsInAnyCaseFindsTheName() {
		assertThat(finds(HOA, "nguyen thi hoa")).isTrue();
		assertThat(finds(HOA, "NGUYEN THI HOA")).isTrue();
		assertThat(finds(HOA, "Nguyễn THỊ hòa")).isTrue();
	}

	@Test
	void plainDMatchesDWithStroke() {
		assertThat(finds("Đỗ Văn Đức", "do van duc")).isTrue();
		assertThat(finds("Đỗ Văn Đức", "ĐỖ")).isTrue();
		assertThat(finds("Đỗ Văn Đức", "đuc")).isTrue();
	}

	@Test
	void composedAndDecomposedInputGiveTheSamePattern() {
		String nfc = Normalizer.normalize("Nguyễn Thị Hòa", Normalizer.Form.NFC);
		String nfd = Normalizer.normalize("Nguyễn Thị Hòa", Normalizer.Form.NFD);

		assertThat(nfd).isNotEqualTo(nfc);
		assertThat(NameTokens.prefixPattern(nfd)).isEqualTo(NameTokens.prefixPattern(nfc)).isEqualTo("nguyen thi hoa%");
		assertThat(NameTokens.of(nfd)).isEqualTo(NameTokens.of(nfc));
	}

	@Test
	void wordsMustStartAWordOfTheNameAndStayInOrder() {
		assertThat(finds(HOA, "thi ho")).isTrue();
		assertThat(finds(HOA, "hoa")).isTrue();
		assertThat(finds(HOA, "guyen")).isFalse();
		assertThat(finds(HOA, "hoa thi")).isFalse();
	}

	@Test
	void likeWildcardsAndBlankQueriesSearchNothing() {
		assertThat(NameTokens.prefixPattern("%_\\")).isNull();
		assertThat(NameTokens.prefixPattern("  ")).isNull();
		assertThat(NameTokens.prefixPattern(null)).isNull();
		assertThat(NameTokens.prefixPattern("h%o_a")).isEqualTo("hoa%");
		assertThat(NameTokens.prefix(" Hòa  ")).isEqualTo("hoa");
	}

	/** What {@code token like pattern} answers in the database, for one name. */
	private static boolean finds(String name, String query) {
		String pattern = NameTokens.prefixPattern(query);
		String prefix = pattern.substring(0, pattern.length() - 1);
		return NameTokens.of(name).stream().anyMatch((key) -> key.startsWith(prefix));
	}

}
