package vn.hoagiai.plans;

import java.time.Instant;
import java.time.MonthDay;

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

@Entity
@Table(name = "pln_task")
class PlanTask extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private int position;

	@Column(name = "group_code", nullable = false)
	private String groupCode;

	@Column(name = "group_title", nullable = false)
	private String groupTitle;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "frame_kind", nullable = false)
	private TimeFrameKind frameKind;

	@Column(name = "frame_from")
	private Integer frameFrom;

	@Column(name = "frame_to")
	private Integer frameTo;

	@Column(name = "frame_every")
	private Integer frameEvery;

	@Column(name = "frame_phase")
	private Integer framePhase;

	@Column(name = "due_month_day")
	private String dueMonthDay;

	@Column(name = "expected_output")
	private String expectedOutput;

	@Column(name = "others_note")
	private String othersNote;

	@Column(name = "source_task_id")
	private Long sourceTaskId;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Version
	private long version;

	protected PlanTask() {
	}

	PlanTask(Long planId, int position, TaskDetails details, Long sourceTaskId) {
		this.planId = planId;
		this.position = position;
		this.sourceTaskId = sourceTaskId;
		apply(details);
	}

	void apply(TaskDetails d) {
		this.code = d.code();
		this.groupCode = d.groupCode();
		this.groupTitle = d.groupTitle();
		this.title = d.title();
		this.frameKind = d.frame().kind();
		this.frameFrom = d.frame().from();
		this.frameTo = d.frame().to();
		this.frameEvery = d.frame().every();
		this.framePhase = d.frame().phase();
		this.dueMonthDay = (d.dueDay() != null) ? d.dueDay().toString().substring(2) : null;
		this.expectedOutput = d.expectedOutput();
		this.othersNote = d.othersNote();
	}

	/** Marks the task changed, so its version moves even when only its agencies did. */
	void changed() {
		touch();
	}

	void withdraw(String reason) {
		this.withdrawnReason = reason;
		this.withdrawnAt = Instant.now();
		touch();
	}

	boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	TaskDetails details() {
		return new TaskDetails(this.code, this.groupCode, this.groupTitle, this.title, frame(), dueDay(),
				this.expectedOutput, this.othersNote);
	}

	TimeFrame frame() {
		return new TimeFrame(this.frameKind, this.frameFrom, this.frameTo, this.frameEvery, this.framePhase);
	}

	MonthDay dueDay() {
		return (this.dueMonthDay != null) ? MonthDay.parse("--" + this.dueMonthDay) : null;
	}

	Long getId() {
		return this.id;
	}

	Long getPlanId() {
		return this.planId;
	}

	String getCode() {
		return this.code;
	}

	int getPosition() {
		return this.position;
	}

	Long getSourceTaskId() {
		return this.sourceTaskId;
	}

	long getVersion() {
		return this.version;
	}

}
