package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mediator's election and the law's rule for it: more than half of the village's
 * household representatives voted for them (Law 35/2013, Art. 8).
 */
public record Election(ElectionMethod method, LocalDate date, Integer votesFor, Integer households) {

	/**
	 * Message keys of every problem with the election; empty when it is valid or not
	 * recorded.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.votesFor == null && this.households == null) {
			return problems;
		}
		if (this.votesFor == null || this.households == null || this.households <= 0 || this.votesFor < 0) {
			problems.add("mediator.election.incomplete");
			return problems;
		}
		if (this.votesFor > this.households) {
			problems.add("mediator.election.moreVotesThanHouseholds");
		}
		else if (this.votesFor * 2 <= this.households) {
			problems.add("mediator.election.notMajority");
		}
		return problems;
	}

	/** The share of households that voted for the mediator, in percent, or null. */
	public Double percent() {
		if (this.votesFor == null || this.households == null || this.households <= 0) {
			return null;
		}
		return 100.0 * this.votesFor / this.households;
	}

}
