package vn.hoagiai.indicators;

import java.time.LocalDate;

/**
 * A case behind a number: its register row and outcome, without the parties.
 */
public record CaseRecord(long id, long teamId, String teamName, int registerYear, int registerNumber,
		LocalDate receivedOn, String fieldCode, String status, String result, LocalDate closedOn) {

}
