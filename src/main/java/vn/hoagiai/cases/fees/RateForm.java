package vn.hoagiai.cases.fees;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The rate form and the API body: the province, the amounts in VND, the legal basis and
 * the period; {@code version} for an edit.
 */
record RateForm(Long provinceId, Long successful, Long unsuccessful, Long ceiling, String legalBasis,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, Long version) {

	static RateForm blank() {
		return new RateForm(null, 200_000L, 150_000L, 200_000L, null, null, null, null);
	}

	static RateForm of(FeeRates.RateView r) {
		RateDetails d = r.details();
		return new RateForm(r.provinceId().value(), d.successful(), d.unsuccessful(), d.ceiling(), d.legalBasis(),
				d.validFrom(), d.validTo(), r.version());
	}

	RateDetails details() {
		return new RateDetails(amount(this.successful), amount(this.unsuccessful), amount(this.ceiling),
				this.legalBasis, this.validFrom, this.validTo);
	}

	/** A missing amount is 0, which the rules refuse with a message beside the field. */
	private static long amount(Long value) {
		return (value != null) ? value : 0;
	}

}
