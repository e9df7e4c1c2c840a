package vn.hoagiai.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
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
 * The indicators of a unit and period for the signed-in viewer: checked against the
 * viewer's unit scope (another unit answers like a missing one), counted with plain SQL
 * per team, summed up the unit tree, and assessed against the targets in force.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	private final IndicatorQueries queries;

	private final CommuneCounts counts;

	private final IndicatorSnapshots snapshots;

	private final UnitMaps maps;

	private final UnitScope scope;

	private final UnitDirectory directory;

	private final JdbcClient jdbc;

	private final ObjectProvider<TrainingSource> training;

	private final ReportingCalendar calendar;

	private final Clock clock;

	IndicatorService(IndicatorQueries queries, CommuneCounts counts, IndicatorSnapshots snapshots, UnitMaps maps,
			UnitScope scope, UnitDirectory directory, JdbcClient jdbc, ObjectProvider<TrainingSource> training,
			IndicatorProperties properties, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.counts = counts;
		this.snapshots = snapshots;
		this.maps = maps;
		this.scope = scope;
		this.directory = directory;
		this.jdbc = jdbc;
		this.training = training;
		this.calendar = properties.calendar();
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	public ReportingCalendar calendar() {
		return this.calendar;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The period named by the request, or the current reporting year; bad input is an
	 * {@code InvalidInput} on the field.
	 */
	public Period period(String code, String from, String to) {
		return this.calendar.parse(code, from, to, today());
	}

	/**
	 * The unit a request is about: the one asked for, which must be visible; else the
	 * viewer's own; null for the whole country (administrators only).
	 */
	public UnitId resolveUnit(Long unitId) {
		Viewer viewer = CurrentViewer.require();
		if (unitId != null) {
			UnitId unit = UnitId.of(unitId);
			this.scope.requireUnit(unit);
			return unit;
		}
		return viewer.isAdmin() ? null : viewer.unitId();
	}

	/**
	 * The indicators of {@code unit} (null: the country) with child rows if asked. Year
	 * and half-year figures on today's map come from the summary tables where they are
	 * current ({@link IndicatorSnapshots}); any other report is counted directly.
	 */
	public IndicatorReport report(UnitId unit, Period period, Boundaries boundaries, boolean children) {
		return report(unit, period, boundaries, children, false);
	}

	/** As the public one; {@code plain} counts with the plain queries only. */
	IndicatorReport report(UnitId unit, Period period, Boundaries boundaries, boolean children, boolean plain) {
		if (unit != null) {
			this.scope.requireUnit(unit);
		}
		else if (!CurrentViewer.require().isAdmin()) {
			throw new vn.hoagiai.shared.RecordNotFound("Unit", "country");
		}
		LocalDate asOf = period.asOf(today());
		LocalDate boundary = (boundaries == Boundaries.HISTORICAL) ? asOf : today();
		if (!plain && this.snapshots.serves(period, boundary)) {
			// the communes and the units above them are all a report from the summaries
			// needs
			UnitMap communes = map(unit, boundary, boundaries, true);
			if (!teamRows(unit, communes, children)) {
				Map<Long, Tally> tallies = this.snapshots.tallies(communes, period, asOf,
						() -> map(unit, boundary, boundaries, false));
				if (tallies != null) {
					return compute(unit, communes, period, boundaries, asOf, boundary, children, tallies);
				}
			}
		}
		return compute(unit, map(unit, boundary, boundaries, false), period, boundaries, asOf, boundary, children,
				null);
	}

	private UnitMap map(UnitId unit, LocalDate boundary, Boundaries boundaries, boolean communesOnly) {
		return (unit == null) ? this.maps.country(boundary, communesOnly)
				: this.maps.build(unit, boundary, boundaries, communesOnly);
	}

	private static boolean teamRows(UnitId unit, UnitMap map, boolean children) {
		UnitView self = (unit != null) ? map.unit(unit.value()) : null;
		return children && self != null && self.type().level() >= 3;
	}

	/** The root unit's indicators per half-year since the plan began. */
	public List<TrendPoint> trend(UnitId unit, Boundaries boundaries) {
		List<TrendPoint> points = new ArrayList<>();
		for (Period half : this.calendar.halvesSincePlanStart(today())) {
			points.add(new TrendPoint(half, report(unit, half, boundaries, false).total()));
		}
		return points;
	}

	private IndicatorReport compute(UnitId unit, UnitMap map, Period period, Boundaries boundaries, LocalDate asOf,
			LocalDate boundary, boolean children, Map<Long, Tally> tallies) {
		Counting counting = count(map, period, asOf, teamRows(unit, map, children), tallies);
		TargetBook book = targets(map, period, boundary);
		List<UnitIndicators> rows = new ArrayList<>();
		UnitIndicators total;
		String name;
		if (unit == null) {
			Tally sum = new Tally();
			map.roots().forEach((r) -> sum.add(counting.byUnit(r.id().value())));
			total = assess(-1, "", false, "indicators.country", 0, false, sum, book, period, asOf);
			name = null;
			if (children) {
				map.roots().forEach((r) -> rows.add(unitRow(r, counting, book, period, asOf)));
			}
		}
		else {
			UnitView self = map.unit(unit.value());
			Tally sum = new Tally();
			map.roots().forEach((r) -> sum.add(counting.byUnit(r.id().value())));
			UnitView shown = (self != null) ? self : this.directory.find(unit).orElseThrow();
			total = assess(unit.value(), shown.name(), false, typeKey(shown), shown.type().level(), advanced(shown),
					sum, book, period, asOf);
			name = shown.name();
			if (children) {
				rows.addAll(childRows(unit, map, counting, book, period, asOf));
			}
		}
		rows.sort(Comparator.comparing(UnitIndicators::name));
		return new IndicatorReport((unit != null) ? unit.value() : null, name, period, boundaries, asOf, total, rows,
				this.queries.fields(), this.training.getIfAvailable() != null);
	}

	private List<UnitIndicators> childRows(UnitId unit, UnitMap map, Counting counting, TargetBook book, Period period,
			LocalDate asOf) {
		List<UnitIndicators> rows = new ArrayList<>();
		UnitView self = map.unit(unit.value());
		if (self != null && self.type().level() >= 3) {
			Long commune = map.communeOf(unit.value());
			for (Map.Entry<Long, Tally> team : counting.teams.tallies.entrySet()) {
				TeamTally info = counting.teams.info.get(team.getKey());
				if (self.type().isCommuneLevel() || info.unitId() == unit.value()) {
					UnitIndicators row = assess(team.getKey(), info.name(), true, "indicators.team", 4, false,
							team.getValue(), book.forUnit(commune, advanced(map.unit(commune)), period.year()), asOf);
					rows.add(row);
				}
			}
			return rows;
		}
		for (UnitView child : map.childrenOf(unit.value())) {
			rows.add(unitRow(child, counting, book, period, asOf));
		}
		for (UnitView root : map.roots()) {
			if (root.id().value() != unit.value()) {
				rows.add(unitRow(root, counting, book, period, asOf));
			}
		}
		return rows;
	}

	private UnitIndicators unitRow(UnitView u, Counting counting, TargetBook book, Period period, LocalDate asOf) {
		return assess(u.id().value(), u.name(), false, typeKey(u), u.type().level(), advanced(u),
				counting.byUnit(u.id().value()), book, period, asOf);
	}

	private UnitIndicators assess(long id, String name, boolean team, String typeKey, int level, boolean advanced,
			Tally tally, TargetBook book, Period period, LocalDate asOf) {
		return assess(id, name, team, typeKey, level, advanced, tally, book.forUnit(id, advanced, period.year()), asOf);
	}

	private UnitIndicators assess(long id, String name, boolean team, String typeKey, int level, boolean advanced,
			Tally tally, Assessment.Targets targets, LocalDate asOf) {
		List<IndicatorValue> values = Assessment.assess(tally, targets, level, asOf);
		if (team) {
			values = values.stream().map(IndicatorService::teamLevel).toList();
		}
		return new UnitIndicators(id, name, team, typeKey, values, tally.casesByField);
	}

	/** Training and typical models are counted per commune, not per team. */
	private static IndicatorValue teamLevel(IndicatorValue v) {
		return switch (v.code()) {
			case MEDIATORS_TRAINED, MATERIAL_ACCESS, TYPICAL_MODEL_UNITS -> new IndicatorValue(v.code(), null, null,
					null, v.target(), v.finalTarget(), Status.NOT_APPLICABLE, List.of());
			default -> v;
		};
	}

	private static boolean advanced(UnitView u) {
		return u != null && u.type().isCommuneLevel() && u.flags().advancedNewRural();
	}

	private static String typeKey(UnitView u) {
		return "unit.type." + u.type().name();
	}

	/** Sums the communes' tallies (counted here when none are given) up the map. */
	private Counting count(UnitMap map, Period period, LocalDate asOf, boolean teams, Map<Long, Tally> tallies) {
		Counting counting = new Counting(map);
		Map<Long, Tally> communes = tallies;
		if (communes == null) {
			communes = this.counts.count(map, null, period, asOf, teams ? counting.teams : null);
		}
		counting.communes.putAll(communes);
		counting.rollUp();
		this.queries.trainers((unitId, level, n) -> {
			if (map.contains(unitId)) {
				for (Long id : map.chain(unitId)) {
					Tally t = counting.byUnit.computeIfAbsent(id, (k) -> new Tally());
					if ("PROVINCE".equals(level)) {
						t.provinceTrainers += n;
					}
					else {
						t.districtTrainers += n;
					}
				}
			}
		});
		return counting;
	}

	private TargetBook targets(UnitMap map, Period period, LocalDate boundary) {
		int last = Math.max(period.year(), this.calendar.planEndYear());
		Map<String, Double> rows = new HashMap<>();
		this.jdbc.sql("select unit_id, target_year, code, target_value from ind_target where target_year in (:years)")
			.param("years", List.of(period.year(), last))
			.query((rs, n) -> rows.put(rs.getLong(1) + ":" + rs.getInt(2) + ":" + rs.getString(3),
					rs.getBigDecimal(4).doubleValue()))
			.list();
		Map<Long, Long> above = new HashMap<>();
		for (UnitView root : map.roots()) {
			List<UnitView> chain = this.directory.ancestry(root.id(), boundary);
			for (int i = 1; i < chain.size(); i++) {
				above.put(chain.get(i).id().value(), chain.get(i - 1).id().value());
			}
		}
		return new TargetBook(rows, (id) -> {
			Long parent = map.parentOf(id);
			return (parent != null) ? parent : above.get(id);
		}, this.calendar);
	}

	/** The counts of one report while they are summed. */
	private static final class Counting {

		private final UnitMap map;

		private final Map<Long, Tally> communes = new LinkedHashMap<>();

		private final Map<Long, Tally> byUnit = new HashMap<>();

		private final CommuneCounts.TeamRows teams = new CommuneCounts.TeamRows();

		Counting(UnitMap map) {
			this.map = map;
		}

		void rollUp() {
			this.communes.forEach((commune, tally) -> {
				for (Long id : this.map.chain(commune)) {
					this.byUnit.computeIfAbsent(id, (k) -> new Tally()).add(tally);
				}
			});
		}

		Tally byUnit(long id) {
			return this.byUnit.getOrDefault(id, new Tally());
		}

	}

}
