/**
 * Mediation cases: the team's register book (sổ theo dõi hoạt động hòa giải ở cơ sở),
 * from intake through assignment and sessions to the outcome. Publishes
 * {@link vn.hoagiai.cases.CaseClosed} when a case closes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package vn.hoagiai.cases;
