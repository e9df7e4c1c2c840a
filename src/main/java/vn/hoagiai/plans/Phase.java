package vn.hoagiai.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pln_phase")
class Phase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	@Column(name = "from_year", nullable = false)
	private int fromYear;

	@Column(name = "to_year", nullable = false)
	private int toYear;

	protected Phase() {
	}

	Phase(Long planId, PlanPhase phase) {
		this.planId = planId;
		this.number = phase.number();
		this.name = phase.name();
		this.fromYear = phase.fromYear();
		this.toYear = phase.toYear();
	}

	PlanPhase view() {
		return new PlanPhase(this.number, this.name, this.fromYear, this.toYear);
	}

}
