package vn.hoagiai.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The indicator summary tables ({@link IndicatorSnapshots}).
 *
 * @param enabled whether reports read the summary tables at all (off: every report is
 * counted with the plain queries)
 * @param syncLimit at most this many stale communes are counted again while a report
 * waits; above it the report is counted with the plain queries
 * @param refresh whether this instance refreshes stale summaries in the background
 * @param initialDelay milliseconds from start to the first background refresh
 * @param refreshDelay milliseconds between two background refreshes
 * @param refreshCron a fixed time for a refresh too (default: five minutes past midnight,
 * when the current periods' state-of day moves on)
 * @param batch communes stored per transaction by the background refresh
 * @param rebuildOnStart mark every summary stale at start (after a bulk load that did not
 * go through the modules)
 */
@ConfigurationProperties("hoagiai.indicators.snapshots")
record SnapshotSettings(@DefaultValue("true") boolean enabled, @DefaultValue("300") int syncLimit,
		@DefaultValue("true") boolean refresh, @DefaultValue("20000") long initialDelay,
		@DefaultValue("300000") long refreshDelay, @DefaultValue("0 5 0 * * *") String refreshCron,
		@DefaultValue("500") int batch, @DefaultValue("false") boolean rebuildOnStart) {

}
