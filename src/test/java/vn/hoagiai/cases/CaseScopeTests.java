package vn.hoagiai.cases;

import org.junit.jupiter.api.Test;

import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.cases.CaseScope.Result;

import static org.assertj.core.api.Assertions.assertThat;

class CaseScopeTests {

	@Test
	void caseWithNoExclusionMayBeMediated() {
		Result result = CaseScope.assess(Checklist.clear());

		assertThat(result.excluded()).isFalse();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void caseThatMustBeProsecutedIsExcluded() {
		Result result = CaseScope.assess(new Checklist(false, false, true, false));

		assertThat(result.excluded()).isTrue();
		assertThat(result.reasons()).containsExactly("case.scope.prosecution");
	}

	@Test
	void everyTickedExclusionIsGivenAsAReason() {
		Result result = CaseScope.assess(new Checklist(true, true, true, true));

		assertThat(result.reasons()).containsExactly("case.scope.publicInterest", "case.scope.nonMediable",
				"case.scope.prosecution", "case.scope.otherLaw");
	}

}
