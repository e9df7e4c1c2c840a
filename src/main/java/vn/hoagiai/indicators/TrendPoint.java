package vn.hoagiai.indicators;

/**
 * One half-year of a trend chart.
 */
public record TrendPoint(Period period, UnitIndicators indicators) {

}
