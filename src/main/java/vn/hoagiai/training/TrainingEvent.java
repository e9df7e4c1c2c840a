package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.Timestamped;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * A training event organised by a unit: a course, a refresher, a conference, a forum...
 * Withdrawn with a reason, never deleted.
 */
@Entity
@Table(name = "trn_event")
class TrainingEvent extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_folded", nullable = false)
	private String titleFolded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	@Column(name = "organiser_unit_id", nullable = false)
	private Long organiserUnitId;

	@Column(name = "organiser_name")
	private String organiserName;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private BigDecimal hours;

	private String place;

	@Column(nullable = false)
	private boolean online;

	private String topics;

	private String audience;

	private Long cost;

	private String documents;

	private String outcomes;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "trn_event_trainer", joinColumns = @JoinColumn(name = "event_id"))
	private List<EventTrainer> trainers = new ArrayList<>();

	@Version
	private long version;

	protected TrainingEvent() {
	}

	TrainingEvent(UnitId organiser, EventDetails details) {
		this.organiserUnitId = organiser.value();
		apply(details);
	}

	void apply(EventDetails d) {
		this.title = VietnameseText.clean(d.title());
		this.titleFolded = VietnameseText.fold(d.title());
		this.kind = d.kind();
		this.organiserName = VietnameseText.clean(d.organiserName());
		this.startDate = d.startDate();
		this.endDate = d.endDate();
		this.hours = d.hours();
		this.place = VietnameseText.clean(d.place());
		this.online = d.online();
		this.topics = VietnameseText.clean(d.topics());
		this.audience = VietnameseText.clean(d.audience());
		this.cost = d.cost();
		this.documents = VietnameseText.clean(d.documents());
		this.outcomes = VietnameseText.clean(d.outcomes());
		this.trainers.clear();
		d.trainerIds().forEach((id) -> this.trainers.add(new EventTrainer(id, null)));
		d.guestTrainers().forEach((name) -> this.trainers.add(new EventTrainer(null, VietnameseText.clean(name))));
	}

	EventDetails details() {
		return new EventDetails(this.title, this.kind, this.organiserName, this.startDate, this.endDate, this.hours,
				this.place, this.online, this.topics, this.audience, this.cost, this.documents, this.outcomes,
				this.trainers.stream().map(EventTrainer::trainerId).filter((t) -> t != null).toList(),
				this.trainers.stream().map(EventTrainer::guestName).filter((g) -> g != null).toList());
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

	String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	long getVersion() {
		return this.version;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	EventKind getKind() {
		return this.kind;
	}

	/** A trainer of the event: one from the roster or a guest named in full. */
	@Embeddable
	record EventTrainer(@Column(name = "trainer_id") Long trainerId, @Column(name = "guest_name") String guestName) {
	}

}
