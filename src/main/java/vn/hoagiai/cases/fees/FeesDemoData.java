package vn.hoagiai.cases.fees;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.UnitId;

/**
 * Fees for the demo cases, which the cases' demo data writes in batches without closing
 * them one by one: the same rule and rates as a closing ({@link FeeEligibility},
 * {@link FeeCalculator#rateFor}), after the rates (order 17) and the cases (order 30).
 * Fees of cases closed before this year are marked paid, so the list to pay holds this
 * year's. Only into an empty fee table.
 */
@Component
@Order(35)
class FeesDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeesDemoData.class);

	private final Deployment deployment;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final FeeCalculator calculator;

	FeesDemoData(Deployment deployment, JdbcClient jdbc, JdbcTemplate template, FeeCalculator calculator) {
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.template = template;
		this.calculator = calculator;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.jdbc.sql("select count(*) from cas_fee").query(Long.class).single() > 0) {
			return;
		}
		record Closed(long caseId, long mediatorId, long unitId, long teamId, CaseResult result, EndReason end,
				LocalDate closedOn) {
		}
		List<Closed> closed = this.jdbc.sql("""
				select c.id, a.mediator_id, c.unit_id, c.team_id, c.result, c.end_reason, c.closed_on
				from cas_case c join cas_assignment a on a.case_id = c.id
				where c.status = 'CLOSED' and c.result is not null and c.closed_on is not null
				order by c.id, a.mediator_id""")
			.query((rs, n) -> new Closed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					CaseResult.valueOf(rs.getString(5)),
					(rs.getString(6) != null) ? EndReason.valueOf(rs.getString(6)) : null, rs.getDate(7).toLocalDate()))
			.list();
		Map<String, Optional<FeeCalculator.RateRow>> rates = new HashMap<>();
		Timestamp now = Timestamp.from(Instant.now());
		int thisYear = LocalDate.now().getYear();
		List<Object[]> rows = new ArrayList<>();
		for (Closed c : closed) {
			Optional<FeeCalculator.RateRow> rate = rates.computeIfAbsent(c.unitId() + "@" + c.closedOn().getYear(),
					(k) -> this.calculator.rateFor(UnitId.of(c.unitId()), c.closedOn()));
			FeeEligibility.Result answer = FeeEligibility.check(new FeeEligibility.Facts(c.result(), c.end(), false,
					rate.map(FeeCalculator.RateRow::rate).orElse(null)));
			boolean paid = answer.eligible() && c.closedOn().getYear() < thisYear;
			rows.add(new Object[] { c.caseId(), c.mediatorId(), c.unitId(), c.teamId(), Date.valueOf(c.closedOn()),
					c.result().name(), answer.eligible(), answer.reason(),
					answer.eligible() ? rate.map(FeeCalculator.RateRow::id).orElse(null) : null, answer.amount(),
					paid ? Date.valueOf(LocalDate.of(c.closedOn().getYear(), 12, 20)) : null,
					paid ? "CT-" + c.closedOn().getYear() + "/TL" : null, now, now });
		}
		this.template.batchUpdate("""
				insert into cas_fee (case_id, mediator_id, unit_id, team_id, closed_on, result, eligible, reason,
				  rate_id, amount, paid_on, paid_reference, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		log.info("Demo data: {} mediator fees for the demo cases", rows.size());
	}

}
