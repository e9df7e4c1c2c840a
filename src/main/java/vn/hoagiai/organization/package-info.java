/**
 * Administrative units over time (province, district, commune, village), their
 * reorganisations with history, agencies, and the unit scope every module enforces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.hoagiai.organization;
