package vn.hoagiai.cases;

/**
 * How many cases match a filter, by state and result: what a viewer who may not see the
 * cases themselves sees. The success rate is successful ÷ (successful + unsuccessful),
 * null when neither.
 */
public record CaseCounts(long total, long received, long inProgress, long closed, long successful, long unsuccessful,
		long withdrawn, long referred) {

	public Double successRate() {
		long decided = this.successful + this.unsuccessful;
		return (decided == 0) ? null : 100.0 * this.successful / decided;
	}

}
