package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.AssignmentView;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseView;
import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.mediators.MediatorNames;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;

/**
 * The written record of a successful mediation for one case. The case is opened through
 * {@link CaseService#view}, so scope and privacy are the case page's: a case the viewer
 * may not open answers 404. A case not closed as successful has no record. Every download
 * is audited as an export.
 */
@Service
@Transactional
class AgreementRecords {

	static final String RECORD = "AgreementRecord";

	private final CaseService cases;

	private final MediatorNames names;

	private final UnitDirectory units;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AgreementRecords(CaseService cases, MediatorNames names, UnitDirectory units, JdbcClient jdbc, AuditTrail audit) {
		this.cases = cases;
		this.names = names;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	NamedDocument record(long caseId, DocumentFormat format) {
		CaseView c = this.cases.view(caseId);
		if (c.outcome() == null || c.outcome().result() != CaseResult.SUCCESSFUL) {
			throw new BusinessRuleViolation("caseDocuments.agreement.notSuccessful");
		}
		LocalDate on = c.outcome().closedOn();
		String team = this.names.team(c.teamId())
			.orElseThrow(() -> new RecordNotFound(CaseService.class.getSimpleName(), caseId))
			.name();
		Places places = Places.of(this.units.ancestry(c.unitId(), on));
		AgreementRecord.Context context = new AgreementRecord.Context(team, places, fieldName(c.details().fieldCode()),
				this.names
					.mediators(c.assignments().stream().map(AssignmentView::mediatorId).collect(Collectors.toSet())));
		this.audit.record(AuditAction.EXPORT, RECORD, caseId, c.unitId(),
				Changes.none().note("format", format.extension()));
		return new NamedDocument(AgreementRecord.of(c, context),
				"van-ban-hoa-giai-thanh-" + c.registerYear() + "-" + c.registerNumber());
	}

	private String fieldName(String code) {
		return this.jdbc.sql("select name from cas_field where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElse(code);
	}

}
