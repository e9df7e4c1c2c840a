package vn.hoagiai.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The exclusions of Art. 3 of the Law on Grassroots Mediation as a checklist. A case that
 * ticks any of them is outside grassroots mediation: it cannot be closed as successful
 * and must be referred to the competent body.
 */
public final class CaseScope {

	private CaseScope() {
	}

	/** The four exclusions; {@code true} means the case falls under it. */
	public record Checklist(boolean publicInterest, boolean nonMediable, boolean prosecution, boolean otherLaw) {

		public static Checklist clear() {
			return new Checklist(false, false, false, false);
		}

	}

	/**
	 * The exclusions that apply, as message keys; empty when the case may be mediated.
	 */
	public record Result(List<String> reasons) {

		public Result {
			reasons = List.copyOf(reasons);
		}

		public boolean excluded() {
			return !this.reasons.isEmpty();
		}

	}

	public static Result assess(Checklist checklist) {
		List<String> reasons = new ArrayList<>();
		if (checklist.publicInterest()) {
			reasons.add("case.scope.publicInterest");
		}
		if (checklist.nonMediable()) {
			reasons.add("case.scope.nonMediable");
		}
		if (checklist.prosecution()) {
			reasons.add("case.scope.prosecution");
		}
		if (checklist.otherLaw()) {
			reasons.add("case.scope.otherLaw");
		}
		return new Result(reasons);
	}

}
