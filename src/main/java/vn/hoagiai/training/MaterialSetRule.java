package vn.hoagiai.training;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The named rule "has used the material set": the mediator opened at least one item of
 * each required category (configurable, {@code hoagiai.training.required-categories}) by
 * the given time. {@link TrainingMeasures} applies the same rule in SQL.
 */
public final class MaterialSetRule {

	private MaterialSetRule() {
	}

	/**
	 * @param firstOpened for each category, when the mediator first opened an item of it
	 */
	public static Result check(Map<Category, Instant> firstOpened, Set<Category> required, Instant by) {
		Set<Category> missing = required.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(required);
		firstOpened.forEach((category, at) -> {
			if (!at.isAfter(by)) {
				missing.remove(category);
			}
		});
		return new Result(missing.isEmpty(), missing);
	}

	/** Whether the set was used, and which required categories are still unopened. */
	public record Result(boolean used, Set<Category> missing) {

		public Result {
			missing = Set.copyOf(missing);
		}

	}

}
