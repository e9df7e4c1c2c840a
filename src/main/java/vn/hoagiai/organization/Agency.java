package vn.hoagiai.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Timestamped;

@Entity
@Table(name = "org_agency")
class Agency extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgencyKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "successor_id")
	private Long successorId;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(Long unitId, AgencyKind kind, String name, LocalDate validFrom) {
		this.unitId = unitId;
		this.kind = kind;
		this.name = VietnameseText.clean(name);
		this.validFrom = validFrom;
	}

	boolean isValidOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	/**
	 * The agency ends on {@code date}; its open work passes to {@code successor} when
	 * given.
	 */
	void end(LocalDate date, Long successor) {
		this.validTo = date;
		this.successorId = successor;
	}

	/** Names {@code successor} as the agency that took over; null clears it. */
	void succeededBy(Long successor) {
		this.successorId = successor;
	}

	AgencyView view() {
		return new AgencyView(this.id, UnitId.of(this.unitId), this.kind, this.name, this.validFrom, this.validTo,
				this.successorId);
	}

	Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	AgencyKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	Long getSuccessorId() {
		return this.successorId;
	}

	long getVersion() {
		return this.version;
	}

}
