/**
 * Who read or changed which record, when, from where: an append-only trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.hoagiai.audit;
