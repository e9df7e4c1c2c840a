package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.CaseClosed;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * Computes the fees of a case when it closes, in the closing transaction, so a case is
 * never closed without them: one per assigned mediator, eligible or not with the reason,
 * at the rate of the case's province in force on the closing day. A case closed again
 * after a reopening is assessed again; paid fees stay as paid and a recorded breach
 * stays.
 */
@Component
class FeeCalculator {

	static final String RECORD = "MediatorFee";

	private final MediatorFeeRepository fees;

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	private final AuditTrail audit;

	private final EntityManager entities;

	FeeCalculator(MediatorFeeRepository fees, JdbcClient jdbc, UnitDirectory units, AuditTrail audit,
			EntityManager entities) {
		this.fees = fees;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.entities = entities;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseClosed closed) {
		// the closing change is still in the persistence context: the queries below read
		// the table
		this.entities.flush();
		EndReason endReason = this.jdbc.sql("select end_reason from cas_case where id = :id")
			.param("id", closed.caseId())
			.query((rs, n) -> (rs.getString(1) != null) ? EndReason.valueOf(rs.getString(1)) : null)
			.single();
		Optional<RateRow> rate = rateFor(closed.unit(), closed.closedOn());
		for (Long mediator : assigned(closed.caseId())) {
			MediatorFee fee = this.fees.findByCaseIdAndMediatorId(closed.caseId(), mediator)
				.orElseGet(() -> new MediatorFee(closed.caseId(), mediator, closed.unit(), closed.teamId()));
			boolean created = fee.getId() == null;
			FeeEligibility.Result answer = FeeEligibility.check(new FeeEligibility.Facts(closed.result(), endReason,
					fee.isBreach(), rate.map(RateRow::rate).orElse(null)));
			fee.assess(closed.result(), closed.closedOn(), rate.map(RateRow::id).orElse(null), answer);
			MediatorFee saved = this.fees.save(fee);
			Changes changes = Changes.of("case", null, closed.caseId())
				.field("mediator", null, mediator)
				.field("eligible", null, answer.eligible())
				.field("amount", null, answer.amount())
				.field("reason", null, answer.reason());
			if (created) {
				this.audit.created(RECORD, saved.getId(), closed.unit(), changes);
			}
			else {
				this.audit.updated(RECORD, saved.getId(), closed.unit(), changes.note("assessed", "again"));
			}
		}
	}

	private List<Long> assigned(long caseId) {
		return this.jdbc.sql("select mediator_id from cas_assignment where case_id = :id order by id")
			.param("id", caseId)
			.query(Long.class)
			.list();
	}

	/** The rate of the case's province (as of the closing day) in force that day. */
	Optional<RateRow> rateFor(UnitId unit, LocalDate on) {
		Optional<UnitView> province = this.units.ancestry(unit, on)
			.stream()
			.filter((u) -> u.type().level() == 1)
			.findFirst();
		if (province.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, successful_amount, unsuccessful_amount, ceiling from cas_fee_rate
				where province_id = :province and valid_from <= :on and (valid_to is null or valid_to >= :on)
				order by valid_from desc""")
			.param("province", province.get().id().value())
			.param("on", on)
			.query((rs, n) -> new RateRow(rs.getLong(1),
					new FeeEligibility.Rate(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
			.list()
			.stream()
			.findFirst();
	}

	record RateRow(long id, FeeEligibility.Rate rate) {

	}

}
