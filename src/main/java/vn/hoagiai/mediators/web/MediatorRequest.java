package vn.hoagiai.mediators.web;

import java.time.LocalDate;

import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.Election;
import vn.hoagiai.mediators.ElectionMethod;
import vn.hoagiai.mediators.LegalTraining;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.shared.UnitId;

/**
 * A mediator as the API and the forms receive it. {@code teamId}, {@code role} and
 * {@code joined} are used on creation; {@code version} is required on updates.
 */
record MediatorRequest(String fullName, Sex sex, Integer birthYear, String ethnicityCode, String phone,
		Long residenceUnitId, String occupation, Background background, LegalTraining legalTraining,
		ElectionMethod electionMethod, LocalDate electionDate, Integer votesFor, Integer households,
		String recognitionNumber, LocalDate recognitionDate, LocalDate termStart, LocalDate termEnd, Long teamId,
		TeamRole role, LocalDate joined, Long version) {

	MediatorRequest withVersion(long newVersion) {
		return new MediatorRequest(this.fullName, this.sex, this.birthYear, this.ethnicityCode, this.phone,
				this.residenceUnitId, this.occupation, this.background, this.legalTraining, this.electionMethod,
				this.electionDate, this.votesFor, this.households, this.recognitionNumber, this.recognitionDate,
				this.termStart, this.termEnd, this.teamId, this.role, this.joined, newVersion);
	}

	MediatorDetails details() {
		return new MediatorDetails(this.fullName, this.sex, this.birthYear, blankToNull(this.ethnicityCode),
				blankToNull(this.phone), (this.residenceUnitId != null) ? UnitId.of(this.residenceUnitId) : null,
				this.occupation, this.background, this.legalTraining,
				new Election(this.electionMethod, this.electionDate, this.votesFor, this.households),
				this.recognitionNumber, this.recognitionDate, this.termStart, this.termEnd);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
