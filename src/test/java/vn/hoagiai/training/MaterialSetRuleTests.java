package vn.hoagiai.training;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialSetRuleTests {

	static final Set<Category> REQUIRED = Set.of(Category.LAW_TEXT, Category.SKILLS, Category.CASE_STUDIES);

	static final Instant JAN = Instant.parse("2025-01-10T12:00:00Z");

	static final Instant MAR = Instant.parse("2025-03-10T12:00:00Z");

	@Test
	void oneItemOfEachRequiredCategoryIsEnough() {
		var result = MaterialSetRule
			.check(Map.of(Category.LAW_TEXT, JAN, Category.SKILLS, JAN, Category.CASE_STUDIES, JAN), REQUIRED, MAR);

		assertThat(result.used()).isTrue();
		assertThat(result.missing()).isEmpty();
	}

	@Test
	void namesTheCategoriesStillUnopened() {
		var result = MaterialSetRule.check(Map.of(Category.LAW_TEXT, JAN, Category.GUIDANCE, JAN), REQUIRED, MAR);

		assertThat(result.used()).isFalse();
		assertThat(result.missing()).containsExactlyInAnyOrder(Category.SKILLS, Category.CASE_STUDIES);
	}

	@Test
	void opensAfterTheDateDoNotCount() {
		var result = MaterialSetRule
			.check(Map.of(Category.LAW_TEXT, JAN, Category.SKILLS, JAN, Category.CASE_STUDIES, MAR), REQUIRED, JAN);

		assertThat(result.missing()).containsExactly(Category.CASE_STUDIES);
	}

}
