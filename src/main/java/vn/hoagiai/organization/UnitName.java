package vn.hoagiai.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit_name")
class UnitName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String name;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected UnitName() {
	}

	UnitName(Long unitId, String name, LocalDate validFrom) {
		this.unitId = unitId;
		this.name = name;
		this.validFrom = validFrom;
	}

	boolean isValidOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	void end(LocalDate date) {
		this.validTo = date;
	}

	/** A same-day correction: the name starts on the day it would otherwise close. */
	void correct(String name) {
		this.name = name;
	}

	Long getUnitId() {
		return this.unitId;
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

}
