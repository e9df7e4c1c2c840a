package vn.hoagiai.cases;

/**
 * Sex of an individual party, as the register records it.
 */
public enum PartySex {

	FEMALE, MALE

}
