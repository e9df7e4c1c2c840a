package vn.hoagiai.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pln_responsibility")
class Responsibility {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private int position;

	@Column(name = "agency_id")
	private Long agencyId;

	@Column(nullable = false)
	private String party;

	@Column(nullable = false)
	private String duties;

	protected Responsibility() {
	}

	Responsibility(Long planId, int position, PlanResponsibility r) {
		this.planId = planId;
		this.position = position;
		this.agencyId = r.agencyId();
		this.party = r.party();
		this.duties = r.duties();
	}

	PlanResponsibility view() {
		return new PlanResponsibility(this.agencyId, this.party, this.duties);
	}

}
