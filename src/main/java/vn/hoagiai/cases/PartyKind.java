package vn.hoagiai.cases;

/**
 * Who a party is: a person, a group, a family or an organisation.
 */
public enum PartyKind {

	INDIVIDUAL, GROUP, FAMILY, ORGANISATION

}
