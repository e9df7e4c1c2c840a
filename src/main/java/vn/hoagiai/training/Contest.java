package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.List;

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
import vn.hoagiai.shared.VietnameseText;

/**
 * A good-mediator contest organised by a unit. Its rounds, judges and criteria
 * ({@link ContestFormat}), participants ({@link ContestParticipants}), scores
 * ({@link ContestScores}) and files ({@link ContestFiles}) hang off it; any change to
 * them raises its version, so two people editing the same contest never overwrite each
 * other. Withdrawn with a reason, never deleted.
 */
@Entity
@Table(name = "trn_contest")
class Contest extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_folded", nullable = false)
	private String titleFolded;

	@Enumerated(EnumType.STRING)
	@Column(name = "contest_level", nullable = false)
	private ContestLevel level;

	@Column(name = "contest_year", nullable = false)
	private int year;

	@Column(name = "organiser_unit_id", nullable = false)
	private Long organiserUnitId;

	@Column(name = "organiser_agency", nullable = false)
	private String organiserAgency;

	private String coordinators;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	private String place;

	private String description;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@Version
	private long version;

	protected Contest() {
	}

	Contest(UnitId organiser, ContestDetails details) {
		this.organiserUnitId = organiser.value();
		apply(details);
	}

	/** Applies the contest's own fields; the lists are kept by {@link ContestFormat}. */
	void apply(ContestDetails d) {
		this.title = VietnameseText.clean(d.title());
		this.titleFolded = VietnameseText.fold(d.title());
		this.level = d.level();
		this.year = d.year();
		this.organiserAgency = VietnameseText.clean(d.organiserAgency());
		this.coordinators = VietnameseText.clean(d.coordinators());
		this.startDate = d.startDate();
		this.endDate = d.endDate();
		this.place = VietnameseText.clean(d.place());
		this.description = VietnameseText.clean(d.description());
	}

	/** Its details, with the lists as {@link ContestFormat} keeps them. */
	ContestDetails details(List<ContestView.RoundView> rounds, List<ContestView.JudgeView> judges,
			List<ContestView.CriterionView> criteria) {
		return new ContestDetails(this.title, this.level, this.year, this.organiserAgency, this.coordinators,
				this.startDate, this.endDate, this.place, this.description,
				rounds.stream().map((r) -> new ContestDetails.Round(r.name(), r.heldOn())).toList(),
				judges.stream().map((j) -> new ContestDetails.Judge(j.fullName(), j.title())).toList(),
				criteria.stream().map((k) -> new ContestDetails.Criterion(k.name(), k.maxPoints())).toList());
	}

	void withdraw(String reason) {
		this.withdrawnReason = VietnameseText.clean(reason);
	}

	boolean isWithdrawn() {
		return this.withdrawnReason != null;
	}

	Long getId() {
		return this.id;
	}

	UnitId getOrganiserUnitId() {
		return UnitId.of(this.organiserUnitId);
	}

	String getTitle() {
		return this.title;
	}

	ContestLevel getLevel() {
		return this.level;
	}

	int getYear() {
		return this.year;
	}

	String getOrganiserAgency() {
		return this.organiserAgency;
	}

	String getCoordinators() {
		return this.coordinators;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	String getPlace() {
		return this.place;
	}

	String getDescription() {
		return this.description;
	}

	String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	long getVersion() {
		return this.version;
	}

}
