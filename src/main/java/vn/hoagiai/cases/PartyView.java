package vn.hoagiai.cases;

/**
 * A party as the case page shows it to those who may see personal data.
 */
public record PartyView(long id, PartyRole role, PartyKind kind, String fullName, Integer birthYear, PartySex sex,
		String address, String phone, boolean disabilitySupport, String demands, String referredTo) {

}
