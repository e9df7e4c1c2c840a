package vn.hoagiai.training;

/**
 * The level that holds a good-mediator contest: a commune or ward, a district or
 * provincial city, a province, or the whole country.
 */
public enum ContestLevel {

	COMMUNE, DISTRICT, PROVINCE, NATIONAL

}
