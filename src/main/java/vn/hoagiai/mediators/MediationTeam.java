package vn.hoagiai.mediators;

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
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Timestamped;

/**
 * A mediation team (tổ hòa giải) serving one village or residential group.
 */
@Entity
@Table(name = "med_team")
class MediationTeam extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String name;

	@Column(name = "decision_number")
	private String decisionNumber;

	@Column(name = "decision_date")
	private LocalDate decisionDate;

	@Column(name = "decision_signer")
	private String decisionSigner;

	private Integer quota;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TeamStatus status = TeamStatus.ACTIVE;

	@Column(name = "dissolved_on")
	private LocalDate dissolvedOn;

	@Column(name = "dissolution_reason")
	private String dissolutionReason;

	@Column(name = "typical_model", nullable = false)
	private boolean typicalModel;

	@Column(name = "typical_model_decision")
	private String typicalModelDecision;

	@Column(name = "typical_model_year")
	private Integer typicalModelYear;

	@Version
	private long version;

	protected MediationTeam() {
	}

	MediationTeam(UnitId unit, TeamDetails details) {
		this.unitId = unit.value();
		apply(details);
	}

	void apply(TeamDetails details) {
		this.name = VietnameseText.clean(details.name());
		this.decisionNumber = VietnameseText.clean(details.decisionNumber());
		this.decisionDate = details.decisionDate();
		this.decisionSigner = VietnameseText.clean(details.decisionSigner());
		this.quota = details.quota();
	}

	void recogniseTypicalModel(String decision, int year) {
		this.typicalModel = true;
		this.typicalModelDecision = VietnameseText.clean(decision);
		this.typicalModelYear = year;
	}

	void dissolve(LocalDate date, String reason) {
		if (this.status == TeamStatus.DISSOLVED) {
			throw new BusinessRuleViolation("team.error.alreadyDissolved");
		}
		this.status = TeamStatus.DISSOLVED;
		this.dissolvedOn = date;
		this.dissolutionReason = VietnameseText.clean(reason);
	}

	boolean isActive() {
		return this.status == TeamStatus.ACTIVE;
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	String getName() {
		return this.name;
	}

	TeamDetails details() {
		return new TeamDetails(this.name, this.decisionNumber, this.decisionDate, this.decisionSigner, this.quota);
	}

	TeamStatus getStatus() {
		return this.status;
	}

	LocalDate getDissolvedOn() {
		return this.dissolvedOn;
	}

	String getDissolutionReason() {
		return this.dissolutionReason;
	}

	boolean isTypicalModel() {
		return this.typicalModel;
	}

	String getTypicalModelDecision() {
		return this.typicalModelDecision;
	}

	Integer getTypicalModelYear() {
		return this.typicalModelYear;
	}

	Integer getQuota() {
		return this.quota;
	}

	long getVersion() {
		return this.version;
	}

}
