package vn.hoagiai.cases;

/**
 * A party to the conflict, or a person with related rights or duties.
 */
public enum PartyRole {

	PARTY, RELATED_PERSON

}
