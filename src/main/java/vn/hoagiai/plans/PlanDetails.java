package vn.hoagiai.plans;

import java.time.LocalDate;

/**
 * What a plan says about itself: number and symbol (số, ký hiệu), date, issuing body,
 * title, period, purposes and requirements, funding sources, status.
 */
public record PlanDetails(String numberSymbol, LocalDate issuedOn, String issuingBody, String title, int fromYear,
		int toYear, String purposes, String requirements, String funding, PlanStatus status) {

}
