package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * The agency list as the plans module needs it, read through the organization module:
 * names by id, the agencies of a viewer's unit, and the agency that carries an ended
 * agency's work on a date. Users have no agency of their own: a user acts for the
 * agencies of the unit they are scoped to.
 */
@Component
class Agencies {

	private static final String CACHE_KEY = Agencies.class.getName() + ".viewer:";

	private final UnitHistory history;

	Agencies(UnitHistory history) {
		this.history = history;
	}

	Map<Long, AgencyView> byId(Collection<Long> ids) {
		return this.history.agenciesByIds(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(AgencyView::id, Function.identity()));
	}

	Optional<AgencyView> find(long id) {
		return this.history.agenciesByIds(Set.of(id)).stream().findFirst();
	}

	/**
	 * Every agency of the viewer's unit, current and ended; read once per HTTP request
	 * (pages check it for every task year they show).
	 */
	Set<Long> ofViewer(Viewer viewer) {
		if (viewer.unitId() == null) {
			return Set.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE_KEY + viewer.username() + ":" + viewer.unitId();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> cached) {
			return cached.stream().map(Long.class::cast).collect(Collectors.toSet());
		}
		Set<Long> ids = this.history.agencies(viewer.unitId())
			.stream()
			.map((entry) -> entry.agency().id())
			.collect(Collectors.toSet());
		if (request != null) {
			request.setAttribute(key, ids, RequestAttributes.SCOPE_REQUEST);
		}
		return ids;
	}

	/** Every agency of {@code unit}, current and ended. */
	java.util.List<AgencyView> allOf(UnitId unit) {
		return this.history.agencies(unit).stream().map((entry) -> entry.agency()).toList();
	}

	/** The agencies of {@code unit} that exist today. */
	java.util.List<AgencyView> currentOf(UnitId unit) {
		LocalDate today = LocalDate.now();
		return this.history.agencies(unit)
			.stream()
			.map((entry) -> entry.agency())
			.filter((a) -> !a.validFrom().isAfter(today) && (a.validTo() == null || a.validTo().isAfter(today)))
			.toList();
	}

	/**
	 * The agency that carries {@code successor}'s work on {@code date}: itself, or its
	 * own successor if it had ended by then too, followed along the chain.
	 */
	AgencyView carrierOn(long successor, LocalDate date) {
		AgencyView current = find(successor).orElseThrow();
		for (int hops = 0; hops < 10 && current.validTo() != null && !current.validTo().isAfter(date)
				&& current.successorId() != null; hops++) {
			current = find(current.successorId()).orElseThrow();
		}
		return current;
	}

}
