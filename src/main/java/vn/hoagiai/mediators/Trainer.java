package vn.hoagiai.mediators;

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

/**
 * A trainer of mediators at province or district level.
 */
@Entity
@Table(name = "med_trainer")
class Trainer extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "name_folded", nullable = false)
	private String nameFolded;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "agency_id")
	private Long agencyId;

	@Column(name = "agency_name")
	private String agencyName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TrainerBackground background;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TrainerLevel level;

	private String topics;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private long version;

	protected Trainer() {
	}

	Trainer(UnitId unit, TrainerDetails details) {
		this.unitId = unit.value();
		apply(details);
	}

	void apply(TrainerDetails details) {
		this.fullName = VietnameseText.clean(details.fullName());
		this.nameFolded = VietnameseText.fold(details.fullName());
		this.agencyId = details.agencyId();
		this.agencyName = VietnameseText.clean(details.agencyName());
		this.background = details.background();
		this.level = details.level();
		this.topics = VietnameseText.clean(details.topics());
		this.active = details.active();
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	TrainerDetails details() {
		return new TrainerDetails(this.fullName, this.agencyId, this.agencyName, this.background, this.level,
				this.topics, this.active);
	}

	long getVersion() {
		return this.version;
	}

}
