package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Timestamped;

/**
 * A grassroots mediator (hòa giải viên). Belongs to at most one team at a time; every
 * move is kept as a {@link Membership}. Dismissed with a legal ground, never deleted.
 */
@Entity
@Table(name = "med_mediator")
class Mediator extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "name_folded", nullable = false)
	private String nameFolded;

	/** The search keys of the name, kept with it so that every write path keeps them. */
	@ElementCollection
	@CollectionTable(name = "med_mediator_name_token", joinColumns = @JoinColumn(name = "mediator_id"))
	private Set<NameKey> nameKeys = new HashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sex sex;

	@Column(name = "birth_year")
	private Integer birthYear;

	@Column(name = "ethnicity_code")
	private String ethnicityCode;

	private String phone;

	@Column(name = "residence_unit_id")
	private Long residenceUnitId;

	private String occupation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Background background;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_training")
	private LegalTraining legalTraining;

	@Enumerated(EnumType.STRING)
	@Column(name = "election_method")
	private ElectionMethod electionMethod;

	@Column(name = "election_date")
	private LocalDate electionDate;

	@Column(name = "votes_for")
	private Integer votesFor;

	private Integer households;

	@Column(name = "recognition_number")
	private String recognitionNumber;

	@Column(name = "recognition_date")
	private LocalDate recognitionDate;

	@Column(name = "term_start")
	private LocalDate termStart;

	@Column(name = "term_end")
	private LocalDate termEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediatorStatus status = MediatorStatus.ACTIVE;

	@Enumerated(EnumType.STRING)
	@Column(name = "dismissal_ground")
	private DismissalGround dismissalGround;

	@Column(name = "dismissal_decision")
	private String dismissalDecision;

	@Column(name = "dismissal_date")
	private LocalDate dismissalDate;

	@Column(name = "team_id")
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(name = "team_role")
	private TeamRole teamRole;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	/** The mediator's own sign-in account, if they have one. */
	@Column(name = "username")
	private String username;

	@Version
	private long version;

	protected Mediator() {
	}

	Mediator(MediatorDetails details, UnitId unit) {
		apply(details);
		this.unitId = unit.value();
	}

	void apply(MediatorDetails details) {
		this.fullName = VietnameseText.clean(details.fullName());
		this.nameFolded = VietnameseText.fold(details.fullName());
		Set<NameKey> keys = NameKey.of(details.fullName(), this.nameFolded);
		if (!this.nameKeys.equals(keys)) {
			this.nameKeys.retainAll(keys);
			this.nameKeys.addAll(keys);
		}
		this.sex = details.sex();
		this.birthYear = details.birthYear();
		this.ethnicityCode = details.ethnicityCode();
		this.phone = VietnameseText.clean(details.phone());
		this.residenceUnitId = (details.residence() != null) ? details.residence().value() : null;
		this.occupation = VietnameseText.clean(details.occupation());
		this.background = details.background();
		this.legalTraining = details.legalTraining();
		Election election = (details.election() != null) ? details.election() : new Election(null, null, null, null);
		this.electionMethod = election.method();
		this.electionDate = election.date();
		this.votesFor = election.votesFor();
		this.households = election.households();
		this.recognitionNumber = VietnameseText.clean(details.recognitionNumber());
		this.recognitionDate = details.recognitionDate();
		this.termStart = details.termStart();
		this.termEnd = details.termEnd();
	}

	/** Joins {@code team} in {@code role}; the caller closes the previous membership. */
	void joinTeam(Long team, UnitId teamUnit, TeamRole role) {
		requireActive();
		this.teamId = team;
		this.teamRole = role;
		this.unitId = teamUnit.value();
	}

	void changeRole(TeamRole role) {
		requireActive();
		if (this.teamId == null) {
			throw new BusinessRuleViolation("mediator.error.noTeam");
		}
		this.teamRole = role;
	}

	void leaveTeam() {
		this.teamId = null;
		this.teamRole = null;
	}

	void dismiss(DismissalGround ground, String decision, LocalDate date) {
		requireActive();
		this.status = MediatorStatus.DISMISSED;
		this.dismissalGround = ground;
		this.dismissalDecision = VietnameseText.clean(decision);
		this.dismissalDate = date;
		leaveTeam();
	}

	private void requireActive() {
		if (this.status != MediatorStatus.ACTIVE) {
			throw new BusinessRuleViolation("mediator.error.dismissed");
		}
	}

	MediatorDetails details() {
		return new MediatorDetails(this.fullName, this.sex, this.birthYear, this.ethnicityCode, this.phone,
				(this.residenceUnitId != null) ? UnitId.of(this.residenceUnitId) : null, this.occupation,
				this.background, this.legalTraining,
				new Election(this.electionMethod, this.electionDate, this.votesFor, this.households),
				this.recognitionNumber, this.recognitionDate, this.termStart, this.termEnd);
	}

	Long getId() {
		return this.id;
	}

	String getFullName() {
		return this.fullName;
	}

	MediatorStatus getStatus() {
		return this.status;
	}

	DismissalGround getDismissalGround() {
		return this.dismissalGround;
	}

	String getDismissalDecision() {
		return this.dismissalDecision;
	}

	LocalDate getDismissalDate() {
		return this.dismissalDate;
	}

	Long getTeamId() {
		return this.teamId;
	}

	TeamRole getTeamRole() {
		return this.teamRole;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	long getVersion() {
		return this.version;
	}

	String getUsername() {
		return this.username;
	}

	void linkAccount(String username) {
		this.username = username;
	}

}
