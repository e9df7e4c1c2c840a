package vn.hoagiai.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit_parent")
class UnitParentLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "parent_id", nullable = false)
	private Long parentId;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected UnitParentLink() {
	}

	UnitParentLink(Long unitId, Long parentId, LocalDate validFrom) {
		this.unitId = unitId;
		this.parentId = parentId;
		this.validFrom = validFrom;
	}

	boolean isValidOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	void end(LocalDate date) {
		this.validTo = date;
	}

	/** A same-day correction: the link starts on the day it would otherwise close. */
	void repoint(Long parentId) {
		this.parentId = parentId;
	}

	Long getId() {
		return this.id;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getParentId() {
		return this.parentId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

}
