package vn.hoagiai.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.training.ContestDetails;
import vn.hoagiai.training.ContestLevel;
import vn.hoagiai.training.ContestLines;

/**
 * The contest form; rounds, judges and criteria one a line ({@link ContestLines}).
 */
record ContestForm(String title, ContestLevel level, Integer year, String organiserAgency, String coordinators,
		LocalDate startDate, LocalDate endDate, String place, String description, String rounds, String judges,
		String criteria, Long version) {

	/**
	 * The details; a line that cannot be read refuses the whole form, with the problems
	 * of the other fields beside it.
	 */
	ContestDetails details() {
		var r = ContestLines.rounds(this.rounds);
		var j = ContestLines.judges(this.judges);
		var c = ContestLines.criteria(this.criteria);
		List<FieldProblem> problems = new ArrayList<>(r.problems());
		problems.addAll(j.problems());
		problems.addAll(c.problems());
		ContestDetails details = new ContestDetails(this.title, this.level, this.year, this.organiserAgency,
				this.coordinators, this.startDate, this.endDate, this.place, this.description, r.items(), j.items(),
				c.items());
		if (!problems.isEmpty()) {
			details.problems(LocalDate.now())
				.stream()
				.filter((p) -> problems.stream().noneMatch((q) -> q.field().equals(p.field())))
				.forEach(problems::add);
		}
		InvalidInput.throwIfAny(problems);
		return details;
	}

	static ContestForm of(ContestDetails d, long version) {
		return new ContestForm(d.title(), d.level(), d.year(), d.organiserAgency(), d.coordinators(), d.startDate(),
				d.endDate(), d.place(), d.description(), ContestLines.roundsText(d.rounds()),
				ContestLines.judgesText(d.judges()), ContestLines.criteriaText(d.criteria()), version);
	}

	static ContestForm blank(String agency) {
		return new ContestForm(null, null, LocalDate.now().getYear(), agency, null, null, null, null, null, null, null,
				null, null);
	}

}
