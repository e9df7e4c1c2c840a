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

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Timestamped;

@Entity
@Table(name = "org_unit")
class AdministrativeUnit extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;

	@Column(nullable = false)
	private String name;

	private String code;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "ethnic_minority_area", nullable = false)
	private boolean ethnicMinorityArea;

	@Column(name = "difficult_area", nullable = false)
	private boolean difficultArea;

	@Column(name = "advanced_new_rural", nullable = false)
	private boolean advancedNewRural;

	@Column(nullable = false)
	private boolean pilot;

	private Integer households;

	@Version
	private long version;

	protected AdministrativeUnit() {
	}

	AdministrativeUnit(UnitType type, String name, String code, LocalDate validFrom) {
		this.type = type;
		this.name = VietnameseText.clean(name);
		this.code = VietnameseText.clean(code);
		this.validFrom = validFrom;
	}

	boolean isValidOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	/** Ends the unit: from {@code date} on it no longer exists. */
	void end(LocalDate date) {
		if (!isValidOn(date) || !date.isAfter(this.validFrom)) {
			throw new BusinessRuleViolation("org.error.unitNotValidOn", this.name, date);
		}
		this.validTo = date;
	}

	void rename(String newName) {
		this.name = VietnameseText.clean(newName);
	}

	void update(String code, UnitFlags flags, Integer households) {
		this.code = VietnameseText.clean(code);
		this.ethnicMinorityArea = flags.ethnicMinorityArea();
		this.difficultArea = flags.difficultArea();
		this.advancedNewRural = flags.advancedNewRural();
		this.pilot = flags.pilot();
		this.households = households;
	}

	Long getId() {
		return this.id;
	}

	UnitType getType() {
		return this.type;
	}

	String getName() {
		return this.name;
	}

	String getCode() {
		return this.code;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	UnitFlags getFlags() {
		return new UnitFlags(this.ethnicMinorityArea, this.difficultArea, this.advancedNewRural, this.pilot);
	}

	Integer getHouseholds() {
		return this.households;
	}

	long getVersion() {
		return this.version;
	}

}
