package vn.hoagiai.mediators;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * The editable facts of a mediator.
 *
 * @param ethnicityCode one of the 54 official codes ("01" Kinh, "02" Tày, ...), or null
 * @param residence the village or residential group the mediator lives in
 */
public record MediatorDetails(String fullName, Sex sex, Integer birthYear, String ethnicityCode, String phone,
		UnitId residence, String occupation, Background background, LegalTraining legalTraining, Election election,
		String recognitionNumber, LocalDate recognitionDate, LocalDate termStart, LocalDate termEnd) {

}
