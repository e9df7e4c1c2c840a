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
@Table(name = "pln_survey")
class Survey extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SurveyAudience audience;

	@Column(name = "opens_on", nullable = false)
	private LocalDate opensOn;

	@Column(name = "closes_on", nullable = false)
	private LocalDate closesOn;

	@Version
	private long version;

	protected Survey() {
	}

	Survey(SurveyDetails d) {
		this.planId = d.planId();
		this.unitId = d.unitId().value();
		this.title = d.title().strip();
		this.audience = d.audience();
		this.opensOn = d.opensOn();
		this.closesOn = d.closesOn();
	}

	SurveyDetails details() {
		return new SurveyDetails(UnitId.of(this.unitId), this.planId, this.title, this.audience, this.opensOn,
				this.closesOn);
	}

	boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

}
