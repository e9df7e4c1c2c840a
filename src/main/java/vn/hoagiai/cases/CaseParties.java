package vn.hoagiai.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;

/**
 * Corrections to the parties and persons with related rights or duties after intake, and
 * new ones. Parties are never removed: the register keeps who was recorded. A closed case
 * changes only with a reason.
 */
@Service
@Transactional
@PreAuthorize(CaseService.MANAGERS)
public class CaseParties {

	private final CaseLoader loader;

	private final CasePartyRepository parties;

	private final CaseAmendmentRepository amendments;

	private final AuditTrail audit;

	CaseParties(CaseLoader loader, CasePartyRepository parties, CaseAmendmentRepository amendments, AuditTrail audit) {
		this.loader = loader;
		this.parties = parties;
		this.amendments = amendments;
		this.audit = audit;
	}

	/**
	 * Applies the edits: an edit with an id replaces that party's details, one without
	 * adds a party at the end. Every problem is reported at once; nothing is saved then.
	 */
	public void edit(long id, long version, List<PartyEdit> edits, String reason) {
		MediationCase c = this.loader.openForWrite(id, version);
		Map<Long, CaseParty> existing = this.loader.parties(id)
			.stream()
			.collect(Collectors.toMap(CaseParty::getId, Function.identity()));
		List<FieldProblem> problems = new ArrayList<>();
		for (PartyEdit edit : edits) {
			if (edit.id() != null && !existing.containsKey(edit.id())) {
				throw new RecordNotFound("CaseParty", edit.id());
			}
		}
		List<PartyDetails> checked = edits.stream().map(PartyEdit::details).toList();
		problems.addAll(CaseInput.check(c.details(), checked, (code) -> true)
			.stream()
			.filter((p) -> !"parties".equals(p.field()))
			.toList());
		long partiesAfter = partyCount(existing, edits);
		if (partiesAfter < CaseInput.MIN_PARTIES) {
			problems.add(FieldProblem.of("parties", "case.parties.tooFew"));
		}
		String why = CaseInput.reason(c.isClosed(), reason, problems);
		InvalidInput.throwIfAny(problems);
		Changes changes = Changes.none();
		int next = existing.values().stream().mapToInt(CaseParty::getPosition).max().orElse(0);
		for (PartyEdit edit : edits) {
			if (edit.id() == null) {
				CaseParty added = this.parties.save(new CaseParty(id, ++next, edit.details()));
				changes.personal("party" + added.getId(), null, edit.details());
				continue;
			}
			CaseParty party = existing.get(edit.id());
			PartyDetails before = party.details();
			party.apply(edit.details());
			changes.personal("party" + edit.id(), before, party.details());
		}
		c.changed();
		if (c.isClosed()) {
			changes.note("reason", why);
			this.amendments
				.save(new CaseAmendment(id, CurrentViewer.require().username(), CaseAmendment.Kind.PARTIES, why));
		}
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(), changes);
	}

	private static long partyCount(Map<Long, CaseParty> existing, List<PartyEdit> edits) {
		Map<Long, PartyRole> roles = existing.values()
			.stream()
			.collect(Collectors.toMap(CaseParty::getId, CaseParty::getRole));
		long added = 0;
		for (PartyEdit edit : edits) {
			PartyRole role = (edit.details() != null) ? edit.details().role() : null;
			if (edit.id() != null) {
				roles.put(edit.id(), role);
			}
			else if (role == PartyRole.PARTY) {
				added++;
			}
		}
		return roles.values().stream().filter((r) -> r == PartyRole.PARTY).count() + added;
	}

}
