package vn.hoagiai.cases.fees;

import java.time.LocalDate;

/**
 * A fee in the list: the case's register row, the mediator and team by name, the result,
 * the amount or the reason it is not paid, and the payment.
 */
public record FeeRow(long id, long caseId, int registerYear, int registerNumber, String teamName, String mediatorName,
		LocalDate closedOn, String result, boolean eligible, String reason, Long amount, boolean breach,
		String breachNote, LocalDate paidOn, String paidReference, long version) {

}
