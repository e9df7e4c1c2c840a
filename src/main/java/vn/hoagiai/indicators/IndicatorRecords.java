package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.UnitId;

/**
 * The records behind a number on the dashboard: the teams, the cases or the communes that
 * one indicator of one unit counted, a page at a time. Checked against the viewer's scope
 * like the dashboard; cases are listed without their parties.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorRecords {

	public static final int PAGE_SIZE = 50;

	private final IndicatorQueries queries;

	private final UnitMaps maps;

	private final UnitScope scope;

	private final IndicatorService indicators;

	IndicatorRecords(IndicatorQueries queries, UnitMaps maps, UnitScope scope, IndicatorService indicators) {
		this.queries = queries;
		this.maps = maps;
		this.scope = scope;
		this.indicators = indicators;
	}

	public RecordsPage records(UnitId unit, Period period, Boundaries boundaries, IndicatorCode code, int page) {
		this.scope.requireUnit(unit);
		LocalDate asOf = period.asOf(this.indicators.today());
		LocalDate boundary = (boundaries == Boundaries.HISTORICAL) ? asOf : this.indicators.today();
		UnitMap map = this.maps.build(unit, boundary, boundaries);
		int first = Math.max(page, 0) * PAGE_SIZE;
		if (IndicatorQueries.caseCondition(code) != null) {
			long total = this.queries.countCases(map.recordUnits(), code, period.from(), period.to(), asOf);
			List<CaseRecord> cases = this.queries.listCases(map.recordUnits(), code, period.from(), period.to(), asOf,
					first, PAGE_SIZE);
			return new RecordsPage(RecordsPage.Kind.CASES, code, total, page, PAGE_SIZE, List.of(), cases, List.of());
		}
		List<TeamTally> teams = this.queries.teams(map.recordUnits(), asOf, period.year())
			.stream()
			.filter((t) -> map.communeOf(t.unitId()) != null)
			.toList();
		if (code == IndicatorCode.TYPICAL_MODEL_UNITS) {
			Set<Long> typical = new HashSet<>();
			teams.stream().filter(TeamTally::typicalModel).forEach((t) -> typical.add(map.communeOf(t.unitId())));
			List<RecordsPage.CommuneRecord> communes = map.communes()
				.stream()
				.map((c) -> new RecordsPage.CommuneRecord(c.id().value(), c.name(), typical.contains(c.id().value())))
				.sorted(Comparator.comparing(RecordsPage.CommuneRecord::typicalModel)
					.thenComparing(RecordsPage.CommuneRecord::name))
				.toList();
			return new RecordsPage(RecordsPage.Kind.COMMUNES, code, communes.size(), 0, Math.max(1, communes.size()),
					List.of(), List.of(), communes);
		}
		Comparator<TeamTally> order = switch (code) {
			case TEAMS_CONSOLIDATED -> Comparator.comparing(TeamTally::consolidated);
			case LEGAL_PROFESSIONAL_SUPPORT -> Comparator.comparing((TeamTally t) -> t.legalProfessionals() > 0);
			case MEDIATORS_WOMEN -> Comparator.comparing(TeamTally::women);
			case MEDIATORS_ETHNIC_MINORITY -> Comparator.comparing(TeamTally::minority);
			default -> Comparator.comparing((TeamTally t) -> 0);
		};
		List<RecordsPage.TeamRecord> rows = teams.stream()
			.sorted(order.thenComparing(TeamTally::name))
			.skip(first)
			.limit(PAGE_SIZE)
			.map((t) -> new RecordsPage.TeamRecord(t.teamId(), t.name(), t.members(), t.women(), t.minority(),
					t.leaders(), t.legalProfessionals(), t.consolidated()))
			.toList();
		return new RecordsPage(RecordsPage.Kind.TEAMS, code, teams.size(), page, PAGE_SIZE, rows, List.of(), List.of());
	}

}
