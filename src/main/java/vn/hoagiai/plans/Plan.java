package vn.hoagiai.plans;

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

import vn.hoagiai.shared.Timestamped;
import vn.hoagiai.shared.UnitId;

@Entity
@Table(name = "pln_plan")
class Plan extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "number_symbol")
	private String numberSymbol;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "issuing_body", nullable = false)
	private String issuingBody;

	@Column(nullable = false)
	private String title;

	@Column(name = "from_year", nullable = false)
	private int fromYear;

	@Column(name = "to_year", nullable = false)
	private int toYear;

	private String purposes;

	private String requirements;

	private String funding;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(UnitId unit, Long parentId, PlanDetails details) {
		this.unitId = (unit != null) ? unit.value() : null;
		this.parentId = parentId;
		apply(details);
	}

	void apply(PlanDetails d) {
		this.numberSymbol = d.numberSymbol();
		this.issuedOn = d.issuedOn();
		this.issuingBody = d.issuingBody();
		this.title = d.title();
		this.fromYear = d.fromYear();
		this.toYear = d.toYear();
		this.purposes = d.purposes();
		this.requirements = d.requirements();
		this.funding = d.funding();
		this.status = d.status();
	}

	void withdraw(String reason) {
		this.status = PlanStatus.WITHDRAWN;
		this.withdrawnReason = reason;
	}

	PlanDetails details() {
		return new PlanDetails(this.numberSymbol, this.issuedOn, this.issuingBody, this.title, this.fromYear,
				this.toYear, this.purposes, this.requirements, this.funding, this.status);
	}

	/**
	 * The day the plan's assignments start: its date, else the first day of its period.
	 */
	LocalDate startsOn() {
		return (this.issuedOn != null) ? this.issuedOn : LocalDate.of(this.fromYear, 1, 1);
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return (this.unitId != null) ? UnitId.of(this.unitId) : null;
	}

	Long getParentId() {
		return this.parentId;
	}

	int getFromYear() {
		return this.fromYear;
	}

	int getToYear() {
		return this.toYear;
	}

	PlanStatus getStatus() {
		return this.status;
	}

	String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	String getTitle() {
		return this.title;
	}

	long getVersion() {
		return this.version;
	}

}
