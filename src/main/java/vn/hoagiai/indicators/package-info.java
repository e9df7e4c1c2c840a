/**
 * The plan's targets as live indicators per unit and period: definitions, targets per
 * unit and year with their status, dashboards, exports and the indicators API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package vn.hoagiai.indicators;
