package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.cases.PartyDetails;
import vn.hoagiai.cases.PartyRole;

/**
 * The intake form: short enough for a phone (two parties and an optional third row; more
 * are added on the party page). {@code idempotencyKey} is a hidden field, so a form sent
 * twice makes one case.
 */
record IntakeForm(Long teamId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, CaseGround ground,
		String fieldCode, String content, Boolean privateMediation, Boolean domesticViolence, List<PartyForm> parties,
		Boolean publicInterest, Boolean nonMediable, Boolean prosecution, Boolean otherLaw, String idempotencyKey) {

	static final int ROWS = 3;

	IntakeForm {
		List<PartyForm> rows = new ArrayList<>((parties != null) ? parties : List.of());
		while (rows.size() < ROWS) {
			rows.add(PartyForm.blank((rows.size() < 2) ? PartyRole.PARTY : PartyRole.RELATED_PERSON));
		}
		parties = rows;
	}

	static IntakeForm blank(Long teamId) {
		return new IntakeForm(teamId, LocalDate.now(), CaseGround.PARTY_REQUEST, null, null, false, false, null, false,
				false, false, false, UUID.randomUUID().toString());
	}

	CaseDetails details() {
		return new CaseDetails(this.receivedOn, this.ground, this.fieldCode, this.content, yes(this.privateMediation),
				yes(this.domesticViolence));
	}

	Checklist checklist() {
		return new Checklist(yes(this.publicInterest), yes(this.nonMediable), yes(this.prosecution),
				yes(this.otherLaw));
	}

	/** The rows filled in; the first two always count, so that a missing party shows. */
	List<PartyDetails> partyList() {
		List<PartyDetails> list = new ArrayList<>();
		for (int i = 0; i < this.parties.size(); i++) {
			PartyForm p = this.parties.get(i);
			if (i < 2 || (p != null && !p.isBlank())) {
				list.add((p != null) ? p.details() : null);
			}
		}
		return list;
	}

	static boolean yes(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
