package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.RecordNotFound;

/**
 * Each mediator's training record, scoped like the mediator's own page.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecordService {

	private final MediatorDirectory mediators;

	private final Attendances attendances;

	private final AccessLog access;

	private final UnitScope scope;

	private final TrainingSettings settings;

	private final JdbcClient jdbc;

	private final QuizBank quizBank;

	private final Certificates certificates;

	TrainingRecordService(MediatorDirectory mediators, Attendances attendances, AccessLog access, UnitScope scope,
			TrainingSettings settings, JdbcClient jdbc, QuizBank quizBank, Certificates certificates) {
		this.quizBank = quizBank;
		this.certificates = certificates;
		this.mediators = mediators;
		this.attendances = attendances;
		this.access = access;
		this.scope = scope;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	public MediatorTraining record(long mediatorId) {
		MediatorDirectory.Person person = this.mediators.byIds(List.of(mediatorId)).get(mediatorId);
		if (person == null) {
			throw new RecordNotFound("Mediator", mediatorId);
		}
		this.scope.requireVisible(person.unitId(), "Mediator", mediatorId);
		List<Attendances.MediatorEvent> events = this.attendances.ofMediator(mediatorId);
		TrainedRule.Result trained = TrainedRule.check(events.stream()
			.map((e) -> new TrainedRule.AttendedEvent(e.id(), e.kind(), e.startDate(), e.status()))
			.toList(), this.settings.trainedKinds(), this.settings.planFrom(), this.settings.planTo());
		List<Long> counted = trained.countedEvents().stream().map(TrainedRule.AttendedEvent::eventId).toList();
		List<MediatorTraining.EventLine> lines = events.stream()
			.map((e) -> new MediatorTraining.EventLine(e.id(), e.title(), e.kind(), e.startDate(), e.endDate(),
					e.hours(), e.status(), counted.contains(e.id())))
			.toList();
		BigDecimal hours = events.stream()
			.filter((e) -> e.status().attended())
			.map(Attendances.MediatorEvent::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		MaterialSetRule.Result set = MaterialSetRule.check(this.access.categories(mediatorId),
				this.settings.requiredCategories(), Instant.now());
		return new MediatorTraining(mediatorId, person.fullName(), person.unitName(), lines, hours, trained.trained(),
				this.settings.planFrom(), this.settings.planTo(), materials(mediatorId), set.used(), set.missing(),
				this.quizBank.resultsOf(mediatorId), this.certificates.ofMediator(mediatorId));
	}

	private List<MediatorTraining.MaterialLine> materials(long mediatorId) {
		Map<Long, AccessLog.Access> opened = this.access.opened(mediatorId);
		if (opened.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, title, category from trn_item where id in (:ids)")
			.param("ids", opened.keySet())
			.query((rs, n) -> {
				AccessLog.Access a = opened.get(rs.getLong(1));
				return new MediatorTraining.MaterialLine(rs.getLong(1), rs.getString(2),
						Category.valueOf(rs.getString(3)), a.first(), a.last(), a.count());
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(MediatorTraining.MaterialLine::lastOpened).reversed())
			.toList();
	}

}
