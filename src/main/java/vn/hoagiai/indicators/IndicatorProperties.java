package vn.hoagiai.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting calendar and plan years. The defaults follow Decree 09/2019/NĐ-CP: the year's
 * figures run from 15 December of the previous year to 14 December, the first half to 14
 * June.
 *
 * @param yearStart first day of the reporting year, in the previous calendar year, as
 * {@code MM-dd}
 * @param firstHalfEnd last day of the first half-year, as {@code MM-dd}
 * @param planStartYear first year of the plan (trend charts start here)
 * @param planEndYear the year the plan's final targets are due
 */
@ConfigurationProperties("hoagiai.indicators")
record IndicatorProperties(@DefaultValue("12-15") String yearStart, @DefaultValue("06-14") String firstHalfEnd,
		@DefaultValue("2024") int planStartYear, @DefaultValue("2030") int planEndYear) {

	ReportingCalendar calendar() {
		return new ReportingCalendar(ReportingCalendar.monthDay(this.yearStart),
				ReportingCalendar.monthDay(this.firstHalfEnd), this.planStartYear, this.planEndYear);
	}

}
