package vn.hoagiai.cases;

/**
 * A party or a person with related rights or duties, as intake records them.
 */
public record PartyDetails(PartyRole role, PartyKind kind, String fullName, Integer birthYear, PartySex sex,
		String address, String phone, boolean disabilitySupport) {

}
