package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.AgencySucceeded;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Viewer;

/**
 * Passes the open tasks of an agency that ended to the agency that carries its work (its
 * successor, followed along the chain if that one ended too), ending the old assignment
 * on the effective date and recording the hand-over, so the history keeps who was
 * responsible when. A task is open when it has a year from the effective date's year on
 * that is not done. Runs in the transaction of the reorganisation that ended the agency.
 */
@Service
public class Handovers {

	private final TaskAgencyRepository assignments;

	private final TaskYearRepository years;

	private final HandoverRepository handovers;

	private final Agencies agencies;

	private final AuditTrail audit;

	Handovers(TaskAgencyRepository assignments, TaskYearRepository years, HandoverRepository handovers,
			Agencies agencies, AuditTrail audit) {
		this.assignments = assignments;
		this.years = years;
		this.handovers = handovers;
		this.agencies = agencies;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void on(AgencySucceeded event) {
		handOver(event.agencyId(), event.successorId(), event.effectiveDate());
	}

	/**
	 * Hands {@code agencyId}'s open tasks to {@code successorId} from {@code date};
	 * returns how many tasks passed (0 records nothing).
	 */
	@Transactional
	public int handOver(long agencyId, long successorId, LocalDate date) {
		AgencyView carrier = this.agencies.carrierOn(successorId, date);
		if (carrier.id() == agencyId) {
			return 0;
		}
		List<TaskAgency> open = this.assignments.findByAgencyIdAndValidToIsNull(agencyId)
			.stream()
			.filter((a) -> isOpen(a.getTaskId(), date.getYear()))
			.toList();
		if (open.isEmpty()) {
			return 0;
		}
		String performer = CurrentViewer.find().map(Viewer::username).orElse("system");
		Handover handover = this.handovers.save(new Handover(agencyId, carrier.id(), date, performer));
		Set<Long> tasks = new java.util.TreeSet<>();
		for (TaskAgency old : open) {
			old.end(date);
			tasks.add(old.getTaskId());
			Optional<TaskAgency> existing = this.assignments.findByAgencyIdAndValidToIsNull(carrier.id())
				.stream()
				.filter((a) -> a.getTaskId().equals(old.getTaskId()))
				.findFirst();
			if (existing.isPresent()
					&& (existing.get().getRole() == AgencyRole.LEAD || old.getRole() == AgencyRole.COORDINATING)) {
				continue;
			}
			existing.ifPresent((e) -> e.end(date));
			this.assignments.save(new TaskAgency(old.getTaskId(), carrier.id(), old.getRole(), date, handover.getId()));
		}
		handover.counted(tasks.size());
		this.audit.created("PlanHandover", handover.getId(), carrier.unitId(),
				Changes.of("fromAgencyId", null, agencyId)
					.field("toAgencyId", null, carrier.id())
					.field("effectiveDate", null, date)
					.field("tasks", null, tasks));
		this.assignments.flush();
		return tasks.size();
	}

	/**
	 * Hands over the open tasks of every agency that has ended with a successor but still
	 * holds tasks (for plans loaded after the reorganisation); returns the number of
	 * tasks passed.
	 */
	@Transactional
	public int catchUp() {
		LocalDate today = LocalDate.now();
		Set<Long> holders = this.assignments.findByValidToIsNull()
			.stream()
			.map(TaskAgency::getAgencyId)
			.collect(Collectors.toSet());
		Map<Long, AgencyView> views = this.agencies.byId(holders);
		int passed = 0;
		for (AgencyView agency : new ArrayList<>(views.values())) {
			if (agency.validTo() != null && !agency.validTo().isAfter(today) && agency.successorId() != null) {
				passed += handOver(agency.id(), agency.successorId(), agency.validTo());
			}
		}
		return passed;
	}

	private boolean isOpen(long taskId, int fromYear) {
		return this.years.findByTaskIdInOrderByYear(List.of(taskId))
			.stream()
			.anyMatch((y) -> y.getYear() >= fromYear && y.getStatus() != YearStatus.DONE);
	}

}
