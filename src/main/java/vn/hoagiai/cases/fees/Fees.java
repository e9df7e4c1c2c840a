package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.mediators.MediatorNames;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.VietnameseText;

/**
 * The fees to pay for a period and unit, their payment, and a mediator's breach of duty
 * on a case. Everything is scoped to the viewer's units (another unit's fee answers 404);
 * writes carry the version they were based on and are audited.
 */
@Service
@Transactional(readOnly = true)
public class Fees {

	static final String READERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER','TEAM_LEADER')";

	static final String WRITERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER')";

	static final int PAGE_ROWS = 500;

	private final FeeQueries queries;

	private final MediatorFeeRepository fees;

	private final MediatorNames names;

	private final UnitScope scope;

	private final AuditTrail audit;

	Fees(FeeQueries queries, MediatorFeeRepository fees, MediatorNames names, UnitScope scope, AuditTrail audit) {
		this.queries = queries;
		this.fees = fees;
		this.names = names;
		this.scope = scope;
		this.audit = audit;
	}

	/** The fees matching the filter (the first {@value #PAGE_ROWS}) and the totals. */
	@PreAuthorize(READERS)
	public FeeList list(FeeFilter filter) {
		checkFilter(filter);
		List<FeeQueries.Line> lines = new ArrayList<>();
		this.queries.lines(filter, this.scope.visibleUnits(), PAGE_ROWS + 1, lines::add);
		boolean truncated = lines.size() > PAGE_ROWS;
		List<FeeRow> rows = named(truncated ? lines.subList(0, PAGE_ROWS) : lines);
		return new FeeList(rows, truncated, this.queries.totals(filter, this.scope.visibleUnits()));
	}

	/** Every fee matching the filter, named, for an export. */
	@PreAuthorize(READERS)
	public List<FeeRow> all(FeeFilter filter) {
		checkFilter(filter);
		List<FeeQueries.Line> lines = new ArrayList<>();
		this.queries.lines(filter, this.scope.visibleUnits(), -1, lines::add);
		return named(lines);
	}

	/**
	 * Marks the fees paid on a day with a payment reference; all or none. A fee already
	 * paid, not eligible, changed since it was read (409), or outside the scope (404)
	 * stops the whole payment.
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public int pay(Map<Long, Long> versions, LocalDate paidOn, String reference) {
		List<FieldProblem> problems = new ArrayList<>();
		if (versions.isEmpty()) {
			problems.add(FieldProblem.of("ids", "fee.pay.noneSelected"));
		}
		if (paidOn == null || paidOn.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("paidOn", "fee.pay.dateInvalid"));
		}
		InvalidInput.throwIfAny(problems);
		String ref = VietnameseText.clean(reference);
		for (Map.Entry<Long, Long> e : versions.entrySet()) {
			MediatorFee fee = open(e.getKey(), e.getValue());
			fee.pay(paidOn, ref);
			this.audit.updated(FeeCalculator.RECORD, fee.getId(), fee.getUnitId(),
					Changes.of("paidOn", null, paidOn)
						.field("reference", null, ref)
						.field("amount", null, fee.getAmount()));
		}
		return versions.size();
	}

	/** Records that the mediator broke a duty on the case: the fee is not paid. */
	@Transactional
	@PreAuthorize(WRITERS)
	public void recordBreach(long id, long version, String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("note", "validation.required")));
		}
		MediatorFee fee = open(id, version);
		String clean = VietnameseText.clean(note);
		fee.recordBreach(clean);
		this.audit.updated(FeeCalculator.RECORD, id, fee.getUnitId(),
				Changes.of("eligible", true, false).note("breach", clean));
	}

	private MediatorFee open(long id, long version) {
		MediatorFee fee = this.fees.findById(id).orElseThrow(() -> new RecordNotFound(FeeCalculator.RECORD, id));
		this.scope.requireVisible(fee.getUnitId(), FeeCalculator.RECORD, id);
		if (fee.getVersion() != version) {
			throw new StaleVersion(FeeCalculator.RECORD, id);
		}
		return fee;
	}

	private void checkFilter(FeeFilter filter) {
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw new InvalidInput(List.of(FieldProblem.of("to", "fee.filter.period")));
		}
	}

	private List<FeeRow> named(List<FeeQueries.Line> lines) {
		Set<Long> mediators = new HashSet<>();
		Set<Long> teams = new HashSet<>();
		lines.forEach((l) -> {
			mediators.add(l.mediatorId());
			teams.add(l.teamId());
		});
		Map<Long, String> mediatorNames = this.names.mediators(mediators);
		Map<Long, String> teamNames = this.names.teams(teams);
		return lines.stream()
			.map((l) -> new FeeRow(l.id(), l.caseId(), l.registerYear(), l.registerNumber(),
					teamNames.getOrDefault(l.teamId(), ""), mediatorNames.getOrDefault(l.mediatorId(), ""),
					l.closedOn(), l.result(), l.eligible(), l.reason(), l.amount(), l.breach(), l.breachNote(),
					l.paidOn(), l.paidReference(), l.version()))
			.toList();
	}

}
