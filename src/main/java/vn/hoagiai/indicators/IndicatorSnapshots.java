package vn.hoagiai.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary tables behind year and half-year reports on today's map: one row per
 * commune-level unit and period holding what {@link CommuneCounts} counts for that
 * commune. Communes, not record units (villages), are the rows because the commune is
 * where every figure is complete (training and typical models count per commune, a team's
 * village may change while its commune does not), they are few (3,321 against some 62,000
 * villages) and every report above them is their sum.
 * <p>
 * A row is current while nothing counted in it has been written since: every module that
 * writes such records publishes {@code UnitFiguresChanged} inside its transaction and
 * {@link SnapshotMarks} bumps the communes' generation there (or the all-communes one),
 * so a rollback takes the mark back too. A count reads the generations first and stores
 * them with its result, so a write that commits while the count reads leaves the row
 * behind its commune's generation: stale, never wrong. While a period runs its state-of
 * day is today, so a row of another day is stale as well, as is one counted on a unit map
 * that has since changed by date.
 * <p>
 * A report takes the current rows, counts the few stale communes again at once (and
 * stores them), and when more than {@code syncLimit} are stale counts the whole report
 * with the plain queries. {@link SnapshotRefresher} keeps the rows current in the
 * background.
 */
@Component
class IndicatorSnapshots {

	private static final Logger log = LoggerFactory.getLogger(IndicatorSnapshots.class);

	/** Above this many communes a report reads the whole period's rows. */
	private static final int READ_ALL = 1000;

	private final SnapshotStore store;

	private final CommuneCounts counts;

	private final SnapshotSettings settings;

	private final TransactionTemplate writes;

	private final Clock clock;

	private final AtomicReference<MapChange> mapChange = new AtomicReference<>();

	IndicatorSnapshots(SnapshotStore store, CommuneCounts counts, SnapshotSettings settings,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.store = store;
		this.counts = counts;
		this.settings = settings;
		this.writes = new TransactionTemplate(transactions);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Whether summaries may answer for this period on this map: years and halves today.
	 */
	boolean serves(Period period, LocalDate boundary) {
		return this.settings.enabled() && period.kind() != Period.Kind.RANGE && boundary.equals(today());
	}

	/**
	 * Each commune's tally from the summary tables, or null when this report cannot use
	 * them (a report below a commune, too many stale rows). {@code map} needs only the
	 * communes and the units above; {@code full} gives the map with every record unit, to
	 * count stale communes again.
	 */
	Map<Long, Tally> tallies(UnitMap map, Period period, LocalDate asOf, Supplier<UnitMap> full) {
		LocalDate today = today();
		if (map.roots().stream().anyMatch((r) -> r.type().level() > 3)) {
			return null;
		}
		List<Long> communes = map.communes().stream().map((u) -> u.id().value()).toList();
		Reading reading = read(communes, period, asOf, today);
		if (reading.stale().size() > this.settings.syncLimit()) {
			return null;
		}
		if (!reading.stale().isEmpty()) {
			Map<Long, Tally> counted = this.counts.count(full.get(), reading.stale(), period, asOf, null);
			save(period, asOf, today, reading.generations(), counted);
			reading.tallies().putAll(counted);
		}
		return reading.tallies();
	}

	/**
	 * The current rows of these communes and which are stale. Generations are read first:
	 * a later write makes the rows counted now stale.
	 */
	Reading read(List<Long> communes, Period period, LocalDate asOf, LocalDate today) {
		boolean all = communes.size() > READ_ALL;
		SnapshotRow.Generations generations = this.store.generations(all ? null : communes);
		Map<Long, SnapshotRow> rows = this.store.read(period.code(), all ? null : communes);
		LocalDate lastMapChange = lastMapChange(today);
		Map<Long, Tally> tallies = new HashMap<>();
		Set<Long> stale = new LinkedHashSet<>();
		for (Long commune : communes) {
			SnapshotRow row = rows.get(commune);
			if (row != null && row.freshFor(period, asOf, generations, lastMapChange)) {
				tallies.put(commune, row.tally());
			}
			else {
				stale.add(commune);
			}
		}
		return new Reading(generations, tallies, stale);
	}

	/**
	 * Counts the stale communes of {@code map} (the communes and the units above them)
	 * for {@code period} and stores them; {@code full} gives the map with every record
	 * unit, asked for only when some commune is stale. They are counted together (the
	 * counts narrow their queries to the stale communes' units when those are few, and
	 * read each table once over the whole country when many: a first build, a night after
	 * a reorganisation) and stored {@code batch} communes per transaction. Answers how
	 * many were counted.
	 */
	int refresh(UnitMap map, Period period, Supplier<UnitMap> full) {
		LocalDate today = today();
		LocalDate asOf = period.asOf(today);
		List<Long> communes = map.communes().stream().map((u) -> u.id().value()).toList();
		Reading reading = read(communes, period, asOf, today);
		if (reading.stale().isEmpty()) {
			return 0;
		}
		Map<Long, Tally> counted = this.counts.count(full.get(), reading.stale(), period, asOf, null);
		int batch = Math.max(1, this.settings.batch());
		List<Long> ids = new ArrayList<>(counted.keySet());
		for (int i = 0; i < ids.size(); i += batch) {
			Map<Long, Tally> some = new HashMap<>();
			ids.subList(i, Math.min(ids.size(), i + batch)).forEach((id) -> some.put(id, counted.get(id)));
			save(period, asOf, today, reading.generations(), some);
		}
		return reading.stale().size();
	}

	/** Stores in a transaction of its own: reports read in read-only ones. */
	private void save(Period period, LocalDate asOf, LocalDate today, SnapshotRow.Generations generations,
			Map<Long, Tally> counted) {
		Map<Long, Tally> rows = new HashMap<>();
		counted.forEach((id, tally) -> {
			if (tally.communes == 1) {
				rows.put(id, tally);
			}
		});
		try {
			this.writes.executeWithoutResult((tx) -> this.store.save(period, asOf, today, generations, rows));
		}
		catch (DataAccessException ex) {
			// the report is right without them; the refresher stores them later
			log.warn("Indicator summaries of {} not stored: {}", period.code(), ex.getMessage());
		}
	}

	/** The day the unit map last changed by date, read once a day. */
	private LocalDate lastMapChange(LocalDate today) {
		MapChange known = this.mapChange.get();
		if (known == null || !known.today().equals(today)) {
			known = new MapChange(today, this.store.lastMapChange(today));
			this.mapChange.set(known);
		}
		return known.last();
	}

	record Reading(SnapshotRow.Generations generations, Map<Long, Tally> tallies, Set<Long> stale) {
	}

	private record MapChange(LocalDate today, LocalDate last) {
	}

}
