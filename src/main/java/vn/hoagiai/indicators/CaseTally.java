package vn.hoagiai.indicators;

/**
 * One team's cases in a period, as read by {@link IndicatorQueries}.
 */
record CaseTally(long teamId, long unitId, long received, long successful, long unsuccessful, long inProgress,
		long referred, long lateStarts) {

	void addTo(Tally tally) {
		tally.casesReceived += this.received;
		tally.successful += this.successful;
		tally.unsuccessful += this.unsuccessful;
		tally.inProgress += this.inProgress;
		tally.referred += this.referred;
		tally.lateStarts += this.lateStarts;
	}

}
