package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * The plain count of a report's commune-level units: the teams, cases and training
 * figures of every record unit that the {@link UnitMap} places in them, read with
 * {@link IndicatorQueries} and the {@link TrainingSource}. The summary tables hold
 * exactly what this answers for one commune.
 */
@Component
class CommuneCounts {

	/** Above this many record units the queries read every unit and drop the others. */
	private static final int FILTER_LIMIT = 3000;

	private final IndicatorQueries queries;

	private final ObjectProvider<TrainingSource> training;

	CommuneCounts(IndicatorQueries queries, ObjectProvider<TrainingSource> training) {
		this.queries = queries;
		this.training = training;
	}

	/**
	 * The tally of each commune in {@code only} (null: every unit the map's records
	 * reach), and of each team when {@code teams} is given.
	 */
	Map<Long, Tally> count(UnitMap map, Set<Long> only, Period period, LocalDate asOf, TeamRows teams) {
		Map<Long, Tally> communes = new LinkedHashMap<>();
		Collection<Long> records = (only == null) ? map.recordUnits()
				: map.recordUnits().stream().filter((r) -> only.contains(map.communeOf(r))).toList();
		Collection<Long> filter = (records.size() > FILTER_LIMIT) ? null : records;
		Set<Long> typical = new HashSet<>();
		for (TeamTally t : this.queries.teams(filter, asOf, period.year())) {
			Long commune = wanted(map.communeOf(t.unitId()), only);
			if (commune != null) {
				t.addTo(tally(communes, commune));
				if (t.typicalModel()) {
					typical.add(commune);
				}
				if (teams != null) {
					teams.add(t);
				}
			}
		}
		for (CaseTally c : this.queries.cases(filter, period.from(), period.to(), asOf)) {
			Long commune = wanted(map.communeOf(c.unitId()), only);
			if (commune != null) {
				c.addTo(tally(communes, commune));
				if (teams != null) {
					teams.add(c);
				}
			}
		}
		this.queries.casesByField(filter, period.from(), period.to(), (unitId, field, n) -> {
			Long commune = wanted(map.communeOf(unitId), only);
			if (commune != null) {
				tally(communes, commune).casesByField.merge(field, n, Long::sum);
			}
		});
		List<UnitView> listed = map.communes()
			.stream()
			.filter((u) -> only == null || only.contains(u.id().value()))
			.toList();
		for (UnitView c : listed) {
			Tally tally = tally(communes, c.id().value());
			tally.communes = 1;
			tally.typicalCommunes = typical.contains(c.id().value()) ? 1 : 0;
		}
		training(listed, period, communes);
		return communes;
	}

	private static Long wanted(Long commune, Set<Long> only) {
		return (commune != null && (only == null || only.contains(commune))) ? commune : null;
	}

	private static Tally tally(Map<Long, Tally> communes, long id) {
		return communes.computeIfAbsent(id, (k) -> new Tally());
	}

	private void training(List<UnitView> communes, Period period, Map<Long, Tally> tallies) {
		TrainingSource source = this.training.getIfAvailable();
		if (source == null || communes.isEmpty()) {
			return;
		}
		List<UnitId> ids = communes.stream().map(UnitView::id).toList();
		Map<UnitId, Long> trained = source.trainedMediators(ids, period.from(), period.to());
		Map<UnitId, Long> users = source.materialUsers(ids, period.from(), period.to());
		for (UnitId id : ids) {
			Tally tally = tally(tallies, id.value());
			tally.trained = trained.getOrDefault(id, 0L);
			tally.materialUsers = users.getOrDefault(id, 0L);
		}
	}

	/** Each team's own tally, for the team rows below a commune. */
	static final class TeamRows {

		final Map<Long, Tally> tallies = new LinkedHashMap<>();

		final Map<Long, TeamTally> info = new java.util.HashMap<>();

		void add(TeamTally t) {
			Tally own = new Tally();
			t.addTo(own);
			this.tallies.put(t.teamId(), own);
			this.info.put(t.teamId(), t);
		}

		void add(CaseTally c) {
			Tally team = this.tallies.get(c.teamId());
			if (team != null) {
				c.addTo(team);
			}
		}

	}

}
