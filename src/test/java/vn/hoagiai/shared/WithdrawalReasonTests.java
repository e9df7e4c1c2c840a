package vn.hoagiai.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WithdrawalReasonTests {

	@Test
	void aReasonIsKeptCleanedAndMustBeGivenWithinFiveHundredCharacters() {
		assertThat(WithdrawalReason.require("  Nhập   trùng  ")).isEqualTo("Nhập trùng");
		assertThatThrownBy(() -> WithdrawalReason.require("   ")).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.problems())
					.containsExactly(FieldProblem.of("reason", "validation.required")));
		assertThat(WithdrawalReason.problem("x".repeat(501)))
			.contains(FieldProblem.of("reason", "validation.tooLong", 500));
		assertThat(WithdrawalReason.problem("x".repeat(500))).isEmpty();
	}

}
