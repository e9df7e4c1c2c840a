package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoagiai.cases.CaseOutcome;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.FollowUpResult;
import vn.hoagiai.cases.PartyView;
import vn.hoagiai.cases.SessionDetails;

/**
 * The forms on a case page that move it along; each carries the case version it was based
 * on.
 */
final class ActionForms {

	private ActionForms() {
	}

	record AssignForm(Long version, Long mediatorId, Boolean declaredInterest,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn, Boolean immediateOrAgreedOtherwise) {

		static AssignForm blank(long version) {
			return new AssignForm(version, null, false, LocalDate.now(), false);
		}

	}

	record SessionForm(Long version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, String place,
			String attendees, String invited, String notes) {

		static SessionForm blank(long version) {
			return new SessionForm(version, LocalDate.now(), null, null, null, null);
		}

		SessionDetails details() {
			return new SessionDetails(this.heldOn, this.place, this.attendees, this.invited, this.notes);
		}

	}

	/**
	 * One party's demands and where they were told to go, for an unsuccessful outcome.
	 */
	record DemandForm(Long partyId, String partyName, String demands, String referredTo) {

	}

	record OutcomeForm(Long version, CaseResult result, EndReason endReason, String agreement, String referralBody,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referralDate, String referralNote,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn, List<DemandForm> demands,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpDue) {

		static OutcomeForm blank(long version, List<PartyView> parties) {
			List<DemandForm> rows = new ArrayList<>();
			for (PartyView p : parties) {
				if (p.role() == vn.hoagiai.cases.PartyRole.PARTY) {
					rows.add(new DemandForm(p.id(), p.fullName(), null, null));
				}
			}
			return new OutcomeForm(version, null, null, null, null, null, null, LocalDate.now(), rows,
					LocalDate.now().plusMonths(1));
		}

		CaseOutcome outcome() {
			List<CaseOutcome.PartyDemand> list = (this.demands != null) ? this.demands.stream()
				.filter((d) -> d != null && d.partyId() != null)
				.map((d) -> new CaseOutcome.PartyDemand(d.partyId(), d.demands(), d.referredTo()))
				.toList() : List.of();
			return new CaseOutcome(this.result, this.endReason, this.agreement, this.referralBody, this.referralDate,
					this.referralNote, this.closedOn, (this.result == CaseResult.UNSUCCESSFUL) ? list : List.of());
		}

	}

	record PlanForm(Long version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

	}

	record CheckForm(Long version, Long followUpId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
			FollowUpResult result, String note) {

	}

	record ReasonForm(Long version, String reason) {

	}

	record PartiesForm(Long version, List<PartyForm> parties, String reason) {

	}

}
