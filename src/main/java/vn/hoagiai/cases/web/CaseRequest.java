package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.hoagiai.cases.CaseDetails;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.cases.Notification;
import vn.hoagiai.cases.PartyDetails;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartySex;

/**
 * A case as the API receives it: for a create the team and parties, for an edit the
 * version, the scope checklist, the notification and, for a closed case, the reason.
 * Flags left out of the JSON count as {@code false}.
 */
record CaseRequest(Long teamId, Long version, LocalDate receivedOn, CaseGround ground, String fieldCode, String content,
		Boolean privateMediation, Boolean domesticViolence, List<PartyRequest> parties, ChecklistRequest checklist,
		String notifiedTo, LocalDateTime notifiedAt, String reason) {

	CaseDetails details() {
		return new CaseDetails(this.receivedOn, this.ground, this.fieldCode, this.content, yes(this.privateMediation),
				yes(this.domesticViolence));
	}

	List<PartyDetails> partyList() {
		return (this.parties != null) ? this.parties.stream().map((p) -> (p != null) ? p.details() : null).toList()
				: List.of();
	}

	Checklist scope() {
		return (this.checklist != null) ? this.checklist.checklist() : null;
	}

	Notification notification() {
		return (this.notifiedTo != null && !this.notifiedTo.isBlank())
				? new Notification(this.notifiedTo, this.notifiedAt) : null;
	}

	static boolean yes(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

	record PartyRequest(PartyRole role, PartyKind kind, String fullName, Integer birthYear, PartySex sex,
			String address, String phone, Boolean disabilitySupport) {

		PartyDetails details() {
			return new PartyDetails(this.role, this.kind, this.fullName, this.birthYear, this.sex, this.address,
					this.phone, yes(this.disabilitySupport));
		}

	}

	record ChecklistRequest(Boolean publicInterest, Boolean nonMediable, Boolean prosecution, Boolean otherLaw) {

		Checklist checklist() {
			return new Checklist(yes(this.publicInterest), yes(this.nonMediable), yes(this.prosecution),
					yes(this.otherLaw));
		}

	}

}
