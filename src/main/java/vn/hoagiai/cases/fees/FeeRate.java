package vn.hoagiai.cases.fees;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.Timestamped;
import vn.hoagiai.shared.UnitId;

/**
 * A province's fee rate for a period, as its People's Council set it.
 */
@Entity
@Table(name = "cas_fee_rate")
class FeeRate extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "province_id", nullable = false)
	private Long provinceId;

	@Column(name = "successful_amount", nullable = false)
	private long successfulAmount;

	@Column(name = "unsuccessful_amount", nullable = false)
	private long unsuccessfulAmount;

	@Column(nullable = false)
	private long ceiling;

	@Column(name = "legal_basis", nullable = false)
	private String legalBasis;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Version
	private long version;

	protected FeeRate() {
	}

	FeeRate(UnitId province, RateDetails details) {
		this.provinceId = province.value();
		apply(details);
	}

	void apply(RateDetails d) {
		this.successfulAmount = d.successful();
		this.unsuccessfulAmount = d.unsuccessful();
		this.ceiling = d.ceiling();
		this.legalBasis = d.legalBasis();
		this.validFrom = d.validFrom();
		this.validTo = d.validTo();
	}

	RateDetails details() {
		return new RateDetails(this.successfulAmount, this.unsuccessfulAmount, this.ceiling, this.legalBasis,
				this.validFrom, this.validTo);
	}

	FeeEligibility.Rate rate() {
		return new FeeEligibility.Rate(this.successfulAmount, this.unsuccessfulAmount, this.ceiling);
	}

	Long getId() {
		return this.id;
	}

	UnitId getProvinceId() {
		return UnitId.of(this.provinceId);
	}

	long getVersion() {
		return this.version;
	}

}
