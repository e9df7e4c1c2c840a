package vn.hoagiai.mediators.web;

import java.time.LocalDate;

import vn.hoagiai.mediators.TeamDetails;

/**
 * A team as the API receives it; {@code version} is required on updates.
 */
record TeamRequest(Long unitId, String name, String decisionNumber, LocalDate decisionDate, String decisionSigner,
		Integer quota, Long version) {

	TeamRequest withVersion(long newVersion) {
		return new TeamRequest(this.unitId, this.name, this.decisionNumber, this.decisionDate, this.decisionSigner,
				this.quota, newVersion);
	}

	TeamDetails details() {
		return new TeamDetails(this.name, this.decisionNumber, this.decisionDate, this.decisionSigner, this.quota);
	}

}
