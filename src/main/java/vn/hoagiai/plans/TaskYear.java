package vn.hoagiai.plans;

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

import vn.hoagiai.shared.Timestamped;

/**
 * A task's record for one year: what was recorded, the due date, notes, who, when done.
 */
@Entity
@Table(name = "pln_task_year")
class TaskYear extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_id", nullable = false)
	private Long taskId;

	@Column(name = "year_number", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private YearStatus status;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private String note;

	private String responsible;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Version
	private long version;

	protected TaskYear() {
	}

	TaskYear(Long taskId, int year, LocalDate dueOn) {
		this.taskId = taskId;
		this.year = year;
		this.dueOn = dueOn;
		this.status = YearStatus.NOT_STARTED;
	}

	void record(YearProgress progress) {
		this.status = progress.status();
		this.note = progress.note();
		this.responsible = progress.responsible();
		this.doneOn = (progress.status() == YearStatus.DONE) ? progress.doneOn() : null;
	}

	void moveDue(LocalDate dueOn) {
		if (!dueOn.equals(this.dueOn)) {
			this.dueOn = dueOn;
		}
	}

	/** Whether nothing was ever recorded for the year. */
	boolean isBlank() {
		return this.status == YearStatus.NOT_STARTED && this.note == null && this.responsible == null
				&& this.doneOn == null;
	}

	YearProgress progress() {
		return new YearProgress(this.status, this.note, this.responsible, this.doneOn);
	}

	Long getId() {
		return this.id;
	}

	Long getTaskId() {
		return this.taskId;
	}

	int getYear() {
		return this.year;
	}

	YearStatus getStatus() {
		return this.status;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	long getVersion() {
		return this.version;
	}

}
