package vn.hoagiai.identity;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.shared.Deployment;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final PasswordPolicy policy = new PasswordPolicy();

	private static final PasswordContext DUC_XUAN_OFFICER = new PasswordContext("tuphap.ducxuan", "Nguyễn Thị Hương",
			List.of("Tỉnh Thái Nguyên", "Phường Đức Xuân"));

	@Test
	void refusesShortPassword() {
		assertThat(policy.check("ngắn quá!", DUC_XUAN_OFFICER)).contains(PasswordPolicy.TOO_SHORT);
	}

	@Test
	void countsCodePointsNotBytesOrChars() {
		String twelveLetters = "ướcmơđầuđờiᾯ";
		assertThat(twelveLetters.codePointCount(0, twelveLetters.length())).isEqualTo(12);
		assertThat(policy.check(twelveLetters, DUC_XUAN_OFFICER)).doesNotContain(PasswordPolicy.TOO_SHORT);
		assertThat(policy.check("😀😀😀😀😀😀😀😀😀😀😀", DUC_XUAN_OFFICER)).contains(PasswordPolicy.TOO_SHORT);
	}

	@Test
	void refusesOverlongPassword() {
		assertThat(policy.check("chè tân cương ".repeat(10), DUC_XUAN_OFFICER)).contains(PasswordPolicy.TOO_LONG);
	}

	@Test
	void acceptsLongUnicodePassphrase() {
		assertThat(policy.check("Trăng sáng trên đồi chè Tân Cương", DUC_XUAN_OFFICER)).isEmpty();
		assertThat(policy.check("đ".repeat(128), DUC_XUAN_OFFICER)).isEmpty();
	}

	@Test
	void acceptsDecomposedInputLikeComposed() {
		String composed = "Trăng sáng trên đồi chè";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(PasswordPolicy.normalise(decomposed)).isEqualTo(composed);
		assertThat(policy.check(decomposed, DUC_XUAN_OFFICER)).isEmpty();
	}

	@Test
	void refusesCommonPassword() {
		assertThat(policy.check("password1234", DUC_XUAN_OFFICER)).containsExactly(PasswordPolicy.COMMON);
		assertThat(policy.check("QWERTYUIOP123", DUC_XUAN_OFFICER)).containsExactly(PasswordPolicy.COMMON);
	}

	@Test
	void refusesVietnameseCommonPasswords() {
		assertThat(policy.check("matkhau123456", DUC_XUAN_OFFICER)).contains(PasswordPolicy.COMMON);
		assertThat(policy.check("123456789abc", DUC_XUAN_OFFICER)).contains(PasswordPolicy.COMMON);
		assertThat(policy.check("Mật Khẩu 2025!!", DUC_XUAN_OFFICER)).contains(PasswordPolicy.COMMON);
		assertThat(policy.check("!!anhyeuem2026", DUC_XUAN_OFFICER)).contains(PasswordPolicy.COMMON);
	}

	@Test
	void refusesUnitName() {
		assertThat(policy.check("ducxuan2025!!", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
		assertThat(policy.check("Đức Xuân mãi đẹp", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
	}

	@Test
	void refusesAncestorUnitName() {
		assertThat(policy.check("yeu-thai-nguyen-lam", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
	}

	@Test
	void refusesApplicationName() {
		assertThat(policy.check("Hòa Giải rất hay 2025", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
		assertThat(policy.check("xyzhoagiaixyz77", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
	}

	@Test
	void refusesUsernameAndDisplayName() {
		assertThat(policy.check("tuphap.ducxuan!!", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
		assertThat(policy.check("huong-rat-xinh-dep", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
		assertThat(policy.check("NguyenThiHuong99", DUC_XUAN_OFFICER)).contains(PasswordPolicy.CONTEXT);
	}

	@Test
	void ignoresShortNamePartsInsideOrdinaryWords() {
		assertThat(PasswordPolicy.contextWords(DUC_XUAN_OFFICER)).doesNotContain("thi");
		assertThat(policy.check("something clever here", DUC_XUAN_OFFICER)).isEmpty();
	}

	@Test
	void refusesDemoPassword() {
		assertThat(policy.check(Deployment.DEMO_PASSWORD, DUC_XUAN_OFFICER)).contains(PasswordPolicy.DEMO);
	}

	@Test
	void answersEveryReasonAtOnce() {
		assertThat(policy.check("hoagiai", DUC_XUAN_OFFICER)).containsExactly(PasswordPolicy.TOO_SHORT,
				PasswordPolicy.COMMON, PasswordPolicy.CONTEXT);
	}

	@Test
	void shipsAFewHundredCommonPasswords() {
		assertThat(new PasswordPolicy(List.of("abc")).check("abc!!123456789", DUC_XUAN_OFFICER))
			.containsExactly(PasswordPolicy.COMMON);
		assertThat(policy.check("correct horse battery staple", DUC_XUAN_OFFICER)).isEmpty();
	}

}
