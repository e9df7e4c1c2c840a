package vn.hoagiai.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Viewer;

/**
 * The case register: the list, the case page and edits of the intake details and scope
 * check. Every read and write is checked against the viewer's unit scope and
 * {@link CasePrivacy}; a case the viewer may not open answers 404 like a missing one.
 * Writes carry the version they were based on; a closed case changes only with a reason.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

	static final String RECORD = "MediationCase";

	/** Who receives cases, assigns mediators and edits a case. */
	static final String MANAGERS = "hasAnyRole('COMMUNE_OFFICER','TEAM_LEADER')";

	/** Who records the course of a case they may open. */
	static final String WORKERS = "hasAnyRole('COMMUNE_OFFICER','TEAM_LEADER','MEDIATOR')";

	private final CaseQueries queries;

	private final CaseLoader loader;

	private final CaseAccounts accounts;

	private final CaseAmendmentRepository amendments;

	private final UnitScope scope;

	private final AuditTrail audit;

	CaseService(CaseQueries queries, CaseLoader loader, CaseAccounts accounts, CaseAmendmentRepository amendments,
			UnitScope scope, AuditTrail audit) {
		this.queries = queries;
		this.loader = loader;
		this.accounts = accounts;
		this.amendments = amendments;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * The cases in the viewer's units that match the filter. Everyone gets the counts;
	 * those who work on cases also get the rows (a mediator only the cases assigned to
	 * them), with the parties' names on the rows of the cases they may open and never a
	 * phone or an address.
	 */
	public CaseList list(CaseFilter filter, Pageable page) {
		Viewer viewer = CurrentViewer.require();
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		VisibleUnits visible = this.scope.visibleUnits();
		if (!CasePrivacy.seesRows(viewer)) {
			return new CaseList(this.queries.counts(filter.withoutSearch(), visible, null), null);
		}
		Long me = this.accounts.mediatorOf(viewer).orElse(null);
		Long only = CasePrivacy.assignedRowsOnly(viewer) ? ((me != null) ? me : -1L) : null;
		CaseQueries.CountedPage found = this.queries.page(filter, visible, only, page);
		Page<CaseRow> rows = found.rows();
		Set<Long> assigned = (me != null)
				? Set.copyOf(this.queries.assignedAmong(me, rows.map(CaseRow::id).getContent())) : Set.of();
		List<Long> openable = rows.stream()
			.filter((r) -> CasePrivacy.mayOpen(viewer, r.unitId(), r.privateMediation(), assigned.contains(r.id())))
			.map(CaseRow::id)
			.toList();
		Map<Long, String> names = this.queries.partyNames(openable);
		return new CaseList(found.counts(), rows.map((r) -> r.withPartyNames(names.get(r.id()))));
	}

	/** How many cases in the viewer's units match the filter, by state and result. */
	public CaseCounts counts(CaseFilter filter) {
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		return this.queries.counts(filter.withoutSearch(), this.scope.visibleUnits(), null);
	}

	/** The number of cases matching the filter; see {@link #counts}. */
	public long count(CaseFilter filter) {
		return counts(filter).total();
	}

	/** The case page; the read is audited. */
	public CaseView view(long id) {
		MediationCase c = this.loader.open(id);
		this.audit.read(RECORD, id, c.getUnitId());
		return this.loader.view(c);
	}

	/** The fields a case may belong to, in order. */
	public List<CaseField> fields() {
		return this.queries.fields();
	}

	/**
	 * Edits the intake details, the scope checklist and the notification of a risk of
	 * violence. A null checklist leaves the checklist as it was; the notification is
	 * replaced (null clears it). A closed case changes only with a reason, which is
	 * audited and shown on the case's timeline.
	 */
	@Transactional
	@PreAuthorize(MANAGERS)
	public void update(long id, long version, CaseDetails details, Checklist checklist, Notification notification,
			String reason) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = CaseInput.check(details, null, this.queries::fieldExists);
		String why = CaseInput.reason(c.isClosed(), reason, problems);
		InvalidInput.throwIfAny(problems);
		CaseDetails clean = CaseInput.clean(details);
		CaseDetails before = c.details();
		Checklist scopeBefore = c.checklist();
		Checklist scopeAfter = (checklist != null) ? checklist : scopeBefore;
		Changes changes = Changes.of("receivedOn", before.receivedOn(), clean.receivedOn())
			.field("ground", before.ground(), clean.ground())
			.field("field", before.fieldCode(), clean.fieldCode())
			.personal("content", before.content(), clean.content())
			.field("private", before.privateMediation(), clean.privateMediation())
			.field("domesticViolence", before.domesticViolence(), clean.domesticViolence())
			.field("scope", scopeBefore, scopeAfter)
			.personal("notification", c.notification(), notification);
		c.apply(clean);
		c.applyScope(scopeAfter, notification);
		if (c.isClosed() && !changes.isEmpty()) {
			changes.note("reason", why);
			this.amendments
				.save(new CaseAmendment(id, CurrentViewer.require().username(), CaseAmendment.Kind.EDITED, why));
		}
		this.audit.updated(RECORD, id, c.getUnitId(), changes);
	}

}
