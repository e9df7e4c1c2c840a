package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.shared.UnitId;

/**
 * The plan's targets 2 and 3 counted per commune, for the indicators: how many active
 * mediators are trained in a period ({@link TrainedRule}) and how many have used the
 * material set ({@link MaterialSetRule}). Each answer is one set-based query per call,
 * whatever the number of communes (ids are sent in chunks of {@value #CHUNK}). A mediator
 * counts for a commune when, on {@code to}, they are a member of a team whose village
 * lies in the commune that day (or of a team of the commune itself). Does not check the
 * viewer's scope: the indicators module decides which communes to ask for.
 */
@Service
@Transactional(readOnly = true)
public class TrainingMeasures {

	static final int CHUNK = 1000;

	/**
	 * Active members on :to of the teams of each commune; :to is inclusive. A team sits
	 * in a village (whose parent that day is the commune) or in the commune itself.
	 */
	private static final String MEMBERS = """
			select c.commune, count(distinct ms.mediator_id)
			from (
			  select t.id as team_id, p.parent_id as commune from med_team t
			  join org_unit_parent p on p.unit_id = t.unit_id and p.valid_from <= :to
			    and (p.valid_to is null or p.valid_to > :to)
			  where p.parent_id in (:communes)
			  union all
			  select t.id, t.unit_id from med_team t where t.unit_id in (:communes)
			) c
			join med_membership ms on ms.team_id = c.team_id and ms.from_date <= :to
			  and (ms.to_date is null or ms.to_date > :to)
			where %s
			group by c.commune
			""";

	private static final String TRAINED = """
			exists (select 1 from trn_attendance a join trn_event e on e.id = a.event_id
			  where a.mediator_id = ms.mediator_id and a.event_date >= :from and a.event_date <= :to
			  and a.event_kind in (:kinds) and a.status <> 'ABSENT' and e.withdrawn_reason is null)
			""";

	private static final String USED_SET = """
			(select count(*) from trn_category_progress g where g.mediator_id = ms.mediator_id
			  and g.category in (:categories) and g.first_at < :before) = :required
			""";

	private final JdbcClient jdbc;

	private final TrainingSettings settings;

	TrainingMeasures(JdbcClient jdbc, TrainingSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * For each given commune: the active mediators (as of {@code to}) of its teams who
	 * are trained in the period by the named rule. Communes with none are present with 0.
	 */
	public Map<UnitId, Long> trainedMediators(Collection<UnitId> communes, LocalDate from, LocalDate to) {
		Map<String, Object> params = Map.of("from", from, "to", to, "kinds",
				this.settings.trainedKinds().stream().map(Enum::name).toList());
		return count(communes, TRAINED, params);
	}

	/**
	 * For each given commune: the active mediators (as of {@code to}) of its teams who
	 * have used the material set by {@code to}. Communes with none are present with 0.
	 */
	public Map<UnitId, Long> materialUsers(Collection<UnitId> communes, LocalDate from, LocalDate to) {
		if (this.settings.requiredCategories().isEmpty()) {
			return activeMediators(communes, to);
		}
		Map<String, Object> params = Map.of("to", to, "categories",
				this.settings.requiredCategories().stream().map(Enum::name).toList(), "required",
				this.settings.requiredCategories().size(), "before", Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
		return count(communes, USED_SET, params);
	}

	/**
	 * For each given commune: its active mediators as of {@code to} (the denominator).
	 */
	public Map<UnitId, Long> activeMediators(Collection<UnitId> communes, LocalDate to) {
		return count(communes, "1 = 1", Map.of("to", to));
	}

	private Map<UnitId, Long> count(Collection<UnitId> communes, String condition, Map<String, Object> params) {
		Map<UnitId, Long> counts = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>();
		for (UnitId commune : communes) {
			counts.put(commune, 0L);
			ids.add(commune.value());
		}
		String sql = MEMBERS.formatted(condition);
		for (int start = 0; start < ids.size(); start += CHUNK) {
			List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
			this.jdbc.sql(sql)
				.params(params)
				.param("communes", chunk)
				.query((rs, n) -> counts.put(UnitId.of(rs.getLong(1)), rs.getLong(2)))
				.list();
		}
		return counts;
	}

}
