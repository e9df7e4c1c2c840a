package vn.hoagiai.cases.web;

import vn.hoagiai.cases.PartyDetails;
import vn.hoagiai.cases.PartyEdit;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartySex;
import vn.hoagiai.cases.PartyView;

/**
 * A party row of the intake and party forms; {@code id} names an existing party.
 */
record PartyForm(Long id, PartyRole role, PartyKind kind, String fullName, Integer birthYear, PartySex sex,
		String address, String phone, Boolean disabilitySupport) {

	static PartyForm blank(PartyRole role) {
		return new PartyForm(null, role, PartyKind.INDIVIDUAL, null, null, null, null, null, false);
	}

	static PartyForm of(PartyView p) {
		return new PartyForm(p.id(), p.role(), p.kind(), p.fullName(), p.birthYear(), p.sex(), p.address(), p.phone(),
				p.disabilitySupport());
	}

	boolean isBlank() {
		return this.id == null && (this.fullName == null || this.fullName.isBlank()) && this.birthYear == null
				&& blank(this.address) && blank(this.phone);
	}

	PartyDetails details() {
		return new PartyDetails(this.role, (this.kind != null) ? this.kind : PartyKind.INDIVIDUAL, this.fullName,
				this.birthYear, this.sex, blankToNull(this.address), blankToNull(this.phone),
				Boolean.TRUE.equals(this.disabilitySupport));
	}

	PartyEdit edit() {
		return new PartyEdit(this.id, details());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text;
	}

}
