/**
 * Mediation teams, mediators and trainers; the law's composition rules; yearly reviews;
 * the Excel import and export of mediator lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediators")
package vn.hoagiai.mediators;
