package vn.hoagiai.cases;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Timestamped;

/**
 * A mediation case (vụ, việc hòa giải): one row of the team's register book. The row
 * number is given once, at intake, and never changes.
 */
@Entity
@Table(name = "cas_case")
class MediationCase extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseGround ground;

	@Column(name = "field_code", nullable = false)
	private String fieldCode;

	@Column(nullable = false)
	private String content;

	@Column(name = "private_mediation", nullable = false)
	private boolean privateMediation;

	@Column(name = "domestic_violence", nullable = false)
	private boolean domesticViolence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status = CaseStatus.RECEIVED;

	@Embedded
	private CaseScopeColumns scope = new CaseScopeColumns();

	@Column(name = "assigned_on")
	private LocalDate assignedOn;

	@Column(name = "start_immediate", nullable = false)
	private boolean startImmediate;

	@Column(name = "started_on")
	private LocalDate startedOn;

	@Embedded
	private CaseOutcomeColumns outcome = new CaseOutcomeColumns();

	@Column(name = "register_year", nullable = false)
	private int registerYear;

	@Column(name = "register_number", nullable = false)
	private int registerNumber;

	@Version
	private long version;

	protected MediationCase() {
	}

	MediationCase(long teamId, UnitId unit, CaseDetails details, int registerYear, int registerNumber) {
		this.teamId = teamId;
		this.unitId = unit.value();
		this.registerYear = registerYear;
		this.registerNumber = registerNumber;
		apply(details);
	}

	void apply(CaseDetails details) {
		this.receivedOn = details.receivedOn();
		this.ground = details.ground();
		this.fieldCode = details.fieldCode();
		this.content = details.content();
		this.privateMediation = details.privateMediation();
		this.domesticViolence = details.domesticViolence();
	}

	void applyScope(Checklist checklist, Notification notification) {
		this.scope.apply(checklist, notification);
	}

	/** Marks a change to the case's sessions or assignments, so its version moves. */
	void changed() {
		touch();
	}

	void assigned(LocalDate on, boolean immediateOrAgreedOtherwise) {
		if (this.assignedOn == null) {
			this.assignedOn = on;
			this.startImmediate = immediateOrAgreedOtherwise;
		}
		if (this.status == CaseStatus.RECEIVED) {
			this.status = CaseStatus.IN_PROGRESS;
		}
	}

	void started(LocalDate on) {
		this.startedOn = on;
		if (this.status == CaseStatus.RECEIVED) {
			this.status = CaseStatus.IN_PROGRESS;
		}
	}

	void close(CaseOutcome closing) {
		this.status = CaseStatus.CLOSED;
		outcomeColumns().apply(closing);
	}

	void reopen() {
		this.status = (this.assignedOn != null || this.startedOn != null) ? CaseStatus.IN_PROGRESS
				: CaseStatus.RECEIVED;
		outcomeColumns().reopen();
	}

	CaseDetails details() {
		return new CaseDetails(this.receivedOn, this.ground, this.fieldCode, this.content, this.privateMediation,
				this.domesticViolence);
	}

	Checklist checklist() {
		return this.scope.checklist();
	}

	Notification notification() {
		return this.scope.notification();
	}

	CaseOutcome outcome() {
		return outcomeColumns().outcome();
	}

	/**
	 * Hibernate loads an embeddable whose columns are all null (an open case) as null.
	 */
	private CaseOutcomeColumns outcomeColumns() {
		if (this.outcome == null) {
			this.outcome = new CaseOutcomeColumns();
		}
		return this.outcome;
	}

	boolean isClosed() {
		return this.status == CaseStatus.CLOSED;
	}

	Long getId() {
		return this.id;
	}

	long getTeamId() {
		return this.teamId;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	CaseStatus getStatus() {
		return this.status;
	}

	LocalDate getAssignedOn() {
		return this.assignedOn;
	}

	boolean isStartImmediate() {
		return this.startImmediate;
	}

	LocalDate getStartedOn() {
		return this.startedOn;
	}

	int getRegisterYear() {
		return this.registerYear;
	}

	int getRegisterNumber() {
		return this.registerNumber;
	}

	java.time.Instant getCreatedAt() {
		return createdAt();
	}

	long getVersion() {
		return this.version;
	}

}
