package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable facts of a good-mediator contest: what, when, who organises it, its
 * rounds, its judges and the criteria they score, each list in order.
 *
 * @param organiserAgency the agency that runs it ("Phòng Tư pháp thành phố Bắc Kạn")
 * @param coordinators the coordinating agencies, as written in the plan
 */
public record ContestDetails(String title, ContestLevel level, Integer year, String organiserAgency,
		String coordinators, LocalDate startDate, LocalDate endDate, String place, String description,
		List<Round> rounds, List<Judge> judges, List<Criterion> criteria) {

	public ContestDetails {
		rounds = (rounds != null) ? List.copyOf(rounds) : List.of();
		judges = (judges != null) ? List.copyOf(judges) : List.of();
		criteria = (criteria != null) ? List.copyOf(criteria) : List.of();
	}

	/**
	 * Every problem of these details against the contest rules, as the service would find
	 * them on {@code today} (for a form that reports them beside its own).
	 */
	public List<vn.hoagiai.shared.FieldProblem> problems(LocalDate today) {
		return ContestRules.check(this, today);
	}

	/** A round of the contest ("Vòng sơ khảo") and the day it is held, if known. */
	public record Round(String name, LocalDate heldOn) {
	}

	/** A judge and their position ("Trưởng phòng Tư pháp"). */
	public record Judge(String fullName, String title) {
	}

	/** A scoring criterion and the most points a judge may give for it. */
	public record Criterion(String name, BigDecimal maxPoints) {
	}

}
