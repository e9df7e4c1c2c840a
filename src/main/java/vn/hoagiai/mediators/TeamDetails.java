package vn.hoagiai.mediators;

import java.time.LocalDate;

/**
 * The editable facts of a team: its name, the decision that set it up, and the number of
 * mediators the commune chairman fixed.
 */
public record TeamDetails(String name, String decisionNumber, LocalDate decisionDate, String decisionSigner,
		Integer quota) {

}
