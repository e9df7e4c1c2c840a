package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the summary tables current in the background, so that a country report is
 * normally answered from them: every few minutes and shortly after midnight (when the
 * running periods' state-of day moves on) it counts every stale or missing commune of
 * each year and half-year of the plan up to today, in batches. A database filled without
 * the modules (the national generator) has no summaries yet: the first run after start
 * builds them all. Safe on several instances at once: a count stores only what it read
 * after the generations it stores with, and never replaces a later one.
 */
@Component
class SnapshotRefresher {

	private static final Logger log = LoggerFactory.getLogger(SnapshotRefresher.class);

	private final IndicatorSnapshots snapshots;

	private final SnapshotStore store;

	private final UnitMaps maps;

	private final ReportingCalendar calendar;

	private final SnapshotSettings settings;

	private final TransactionTemplate transaction;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean firstRun = new AtomicBoolean(true);

	SnapshotRefresher(IndicatorSnapshots snapshots, SnapshotStore store, UnitMaps maps, IndicatorProperties properties,
			SnapshotSettings settings, TransactionTemplate transaction) {
		this.snapshots = snapshots;
		this.store = store;
		this.maps = maps;
		this.calendar = properties.calendar();
		this.settings = settings;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		if (this.settings.enabled() && this.settings.rebuildOnStart()) {
			this.transaction.executeWithoutResult((tx) -> this.store.mark(java.util.Set.of(SnapshotStore.ALL)));
			log.info("Every indicator summary marked stale at start");
		}
	}

	@Scheduled(initialDelayString = "${hoagiai.indicators.snapshots.initial-delay:20000}",
			fixedDelayString = "${hoagiai.indicators.snapshots.refresh-delay:300000}")
	void regularly() {
		if (this.settings.enabled() && this.settings.refresh()) {
			refresh();
		}
	}

	@Scheduled(cron = "${hoagiai.indicators.snapshots.refresh-cron:0 5 0 * * *}")
	void afterMidnight() {
		regularly();
	}

	/** Counts every stale summary of the plan's periods; answers how many. */
	int refresh() {
		if (!this.running.compareAndSet(false, true)) {
			return 0;
		}
		try {
			long start = System.nanoTime();
			LocalDate today = this.snapshots.today();
			UnitMap communes = this.maps.country(today, true);
			UnitMap[] full = new UnitMap[1];
			Supplier<UnitMap> everyUnit = () -> {
				// the whole map (some 66,000 units nationally) only when something is
				// stale
				if (full[0] == null) {
					full[0] = this.maps.country(today);
				}
				return full[0];
			};
			int counted = 0;
			for (Period period : periods(today)) {
				counted += this.snapshots.refresh(communes, period, everyUnit);
			}
			if (counted > 0 || this.firstRun.compareAndSet(true, false)) {
				log.info("Indicator summaries current: {} counted again in {} ms", counted,
						(System.nanoTime() - start) / 1_000_000);
			}
			return counted;
		}
		finally {
			this.running.set(false);
		}
	}

	/** The plan's years and half-years up to the one running today, latest first. */
	List<Period> periods(LocalDate today) {
		List<Period> periods = new ArrayList<>();
		int current = this.calendar.yearOf(today);
		for (int year = current; year >= Math.min(this.calendar.planStartYear(), current); year--) {
			periods.add(this.calendar.year(year));
		}
		List<Period> halves = new ArrayList<>(this.calendar.halvesSincePlanStart(today));
		java.util.Collections.reverse(halves);
		periods.addAll(halves);
		return periods;
	}

}
