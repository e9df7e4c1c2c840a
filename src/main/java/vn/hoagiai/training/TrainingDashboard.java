package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Trained % and access % per commune of the viewer's scope over the plan period, and per
 * team of one commune.
 */
@Service
@Transactional(readOnly = true)
public class TrainingDashboard {

	private final TrainingMeasures measures;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final TrainingSettings settings;

	private final JdbcClient jdbc;

	TrainingDashboard(TrainingMeasures measures, UnitScope scope, UnitDirectory units, TrainingSettings settings,
			JdbcClient jdbc) {
		this.measures = measures;
		this.scope = scope;
		this.units = units;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	public LocalDate from() {
		return this.settings.planFrom();
	}

	/** Today, or the plan's last day once the plan is over. */
	public LocalDate to() {
		LocalDate today = LocalDate.now();
		return today.isAfter(this.settings.planTo()) ? this.settings.planTo() : today;
	}

	public List<CommuneProgress> communes() {
		Viewer viewer = CurrentViewer.require();
		LocalDate today = LocalDate.now();
		List<UnitView> communes = new ArrayList<>();
		List<UnitView> roots = viewer.isAdmin() ? this.units.roots(today)
				: List.of(this.scope.requireUnit(viewer.unitId()));
		for (UnitView root : roots) {
			this.units.subtree(root.id(), today)
				.stream()
				.filter((u) -> u.type().isCommuneLevel())
				.forEach(communes::add);
		}
		List<UnitId> ids = communes.stream().map(UnitView::id).toList();
		Map<UnitId, Long> active = this.measures.activeMediators(ids, to());
		Map<UnitId, Long> trained = this.measures.trainedMediators(ids, from(), to());
		Map<UnitId, Long> users = this.measures.materialUsers(ids, from(), to());
		return communes.stream()
			.map((c) -> new CommuneProgress(c.id().value(), c.name(), active.get(c.id()), trained.get(c.id()),
					users.get(c.id())))
			.toList();
	}

	/** Per team of a commune (or of a village): the same counts, from today's members. */
	public List<CommuneProgress> teams(UnitId commune) {
		this.scope.requireUnit(commune);
		List<Long> area = this.units.subtreeIds(commune, LocalDate.now());
		List<String> categories = this.settings.requiredCategories().stream().map(Enum::name).toList();
		return this.jdbc.sql("""
				select t.id, t.name, count(m.id) as active,
				  sum(case when exists (select 1 from trn_attendance a join trn_event e on e.id = a.event_id
				    where a.mediator_id = m.id and a.event_date >= :from and a.event_date <= :to
				    and a.event_kind in (:kinds) and a.status <> 'ABSENT' and e.withdrawn_reason is null)
				    then 1 else 0 end) as trained,
				  sum(case when (select count(*) from trn_category_progress g where g.mediator_id = m.id
				    and g.category in (:categories) and g.first_at < :before) = :required then 1 else 0 end) as users
				from med_team t join med_mediator m on m.team_id = t.id and m.status = 'ACTIVE'
				where t.unit_id in (:area) and t.status = 'ACTIVE'
				group by t.id, t.name order by t.name""")
			.param("from", from())
			.param("to", to())
			.param("kinds", this.settings.trainedKinds().stream().map(Enum::name).toList())
			.param("categories", categories.isEmpty() ? List.of("-") : categories)
			.param("before", Timestamp.valueOf(to().plusDays(1).atStartOfDay()))
			.param("required", categories.size())
			.param("area", area)
			.query((rs, n) -> new CommuneProgress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

}
