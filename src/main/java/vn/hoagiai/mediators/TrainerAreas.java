package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;

/**
 * Which units a trainer figure covers, and which units trainers may belong to. A unit
 * that no longer exists is read as on its last day; a unit that took over others (Thái
 * Nguyên after Bắc Kạn merged into it) also covers what lay below them then, so district
 * trainers of abolished districts keep counting.
 */
@Component
class TrainerAreas {

	private final UnitDirectory units;

	private final UnitHistory history;

	TrainerAreas(UnitDirectory units, UnitHistory history) {
		this.units = units;
		this.history = history;
	}

	/** The unit, everything below it, and its predecessors with what lay below them. */
	Set<Long> area(UnitView unit) {
		Set<Long> ids = new LinkedHashSet<>(this.units.subtreeIds(unit.id(), lastDay(unit)));
		for (Long predecessor : this.units.predecessorIds(unit.id())) {
			this.units.find(UnitId.of(predecessor))
				.ifPresent((p) -> ids.addAll(this.units.subtreeIds(p.id(), lastDay(p))));
		}
		return ids;
	}

	/** Its last day for a unit that has ended; otherwise today. */
	static LocalDate lastDay(UnitView unit) {
		LocalDate today = LocalDate.now();
		return (unit.validTo() != null && !unit.validTo().isAfter(today)) ? unit.validTo().minusDays(1) : today;
	}

	/**
	 * Visible province- and district-level units (districts as they stood before the
	 * district level ended) with their agencies; two queries for the agencies in all.
	 */
	List<TrainerUnit> choices(VisibleUnits visible) {
		LocalDate today = LocalDate.now();
		LocalDate lastDistrictDay = TrainerRatio.DISTRICTS_ABOLISHED.minusDays(1);
		Map<UnitId, UnitView> chosen = new LinkedHashMap<>();
		for (LocalDate date : List.of(today, lastDistrictDay)) {
			for (UnitView unit : this.units.visible(visible, date)) {
				if (unit.type().level() <= 2) {
					chosen.putIfAbsent(unit.id(), unit);
				}
			}
		}
		Map<UnitId, Map<Long, AgencyView>> agencies = new LinkedHashMap<>();
		for (LocalDate date : List.of(today, lastDistrictDay)) {
			for (AgencyView agency : this.history.agenciesOn(date)) {
				if (chosen.containsKey(agency.unitId())) {
					agencies.computeIfAbsent(agency.unitId(), (k) -> new LinkedHashMap<>())
						.putIfAbsent(agency.id(), agency);
				}
			}
		}
		List<TrainerUnit> result = new ArrayList<>();
		for (UnitView unit : chosen.values()) {
			result.add(new TrainerUnit(unit, List.copyOf(agencies.getOrDefault(unit.id(), Map.of()).values())));
		}
		return result;
	}

	/** Every agency the unit has had, current and ended. */
	List<AgencyView> agenciesOf(UnitId unit) {
		return this.history.agencies(unit).stream().map(UnitHistory.AgencyEntry::agency).toList();
	}

}
