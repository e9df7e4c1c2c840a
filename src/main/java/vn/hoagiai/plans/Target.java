package vn.hoagiai.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "pln_target")
class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private int position;

	private String code;

	@Column(nullable = false)
	private String description;

	private String threshold;

	@Column(name = "by_year")
	private Integer byYear;

	@Version
	private long version;

	protected Target() {
	}

	Target(Long planId, int position, PlanTarget target) {
		this.planId = planId;
		this.position = position;
		apply(target);
	}

	void apply(PlanTarget target) {
		this.code = target.code();
		this.description = target.description();
		this.threshold = target.threshold();
		this.byYear = target.byYear();
	}

	PlanTarget details() {
		return new PlanTarget(this.code, this.description, this.threshold, this.byYear);
	}

	TargetView view() {
		return new TargetView(this.id, this.code, this.description, this.threshold, this.byYear, this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getPlanId() {
		return this.planId;
	}

	long getVersion() {
		return this.version;
	}

}
