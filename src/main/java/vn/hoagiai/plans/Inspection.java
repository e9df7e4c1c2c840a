package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.Timestamped;
import vn.hoagiai.shared.UnitId;

/** An inspection visit to a unit or one of its teams. */
@Entity
@Table(name = "pln_inspection")
class Inspection extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "visited_on", nullable = false)
	private LocalDate visitedOn;

	@Column(nullable = false)
	private String inspectors;

	@Column(nullable = false)
	private String checked;

	private String findings;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "pln_inspection_agency", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "agency_id")
	private Set<Long> agencyIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Inspection() {
	}

	Inspection(InspectionDetails d) {
		this.planId = d.planId();
		this.unitId = d.unitId().value();
		this.teamId = d.teamId();
		this.visitedOn = d.visitedOn();
		this.inspectors = d.inspectors().strip();
		this.checked = d.checked().strip();
		this.findings = PlanRules.clean(d.findings());
		this.agencyIds.addAll(d.agencyIds());
	}

	InspectionDetails details() {
		return new InspectionDetails(UnitId.of(this.unitId), this.planId, this.teamId, this.visitedOn, this.inspectors,
				java.util.List.copyOf(this.agencyIds), this.checked, this.findings);
	}

	Long getId() {
		return this.id;
	}

	UnitId getUnitId() {
		return UnitId.of(this.unitId);
	}

	long getVersion() {
		return this.version;
	}

}
