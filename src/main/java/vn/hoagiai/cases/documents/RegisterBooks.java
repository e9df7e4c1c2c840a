package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.CaseAccess;
import vn.hoagiai.cases.documents.RegisterBookQueries.CaseLine;
import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.MediatorNames;
import vn.hoagiai.mediators.OwnMediator;
import vn.hoagiai.mediators.TeamMembership;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Viewer;

/**
 * A team's register book for a year. The team must be in the viewer's scope (404
 * otherwise). Each case's names and content follow the case rule ({@link CaseAccess}):
 * rows the viewer may not open keep their number, date, mediators and result and show no
 * parties, content or agreement, so a partner or trainer sees the counts only. Row
 * numbers are the register numbers given at intake and never change. Reading the page is
 * audited as a read, a download as an export.
 */
@Service
@Transactional
class RegisterBooks {

	static final String RECORD = "RegisterBook";

	private final RegisterBookQueries queries;

	private final TeamService teams;

	private final MediatorNames names;

	private final UnitDirectory units;

	private final AuditTrail audit;

	private final MediatorAccounts accounts;

	RegisterBooks(RegisterBookQueries queries, TeamService teams, MediatorNames names, UnitDirectory units,
			AuditTrail audit, MediatorAccounts accounts) {
		this.accounts = accounts;
		this.queries = queries;
		this.teams = teams;
		this.names = names;
		this.units = units;
		this.audit = audit;
	}

	/** The book for the page; the read is audited. */
	RegisterBook read(long teamId, Integer year) {
		RegisterBook book = book(teamId, year);
		this.audit.read(RECORD, teamId + "/" + book.cover().year(), book.cover().unitId());
		return book;
	}

	/** The book for a download; audited as an export with the number of rows. */
	NamedDocument export(long teamId, Integer year, DocumentFormat format) {
		RegisterBook book = book(teamId, year);
		this.audit.record(AuditAction.EXPORT, RECORD, teamId + "/" + book.cover().year(), book.cover().unitId(),
				Changes.none().note("format", format.extension()).note("rows", String.valueOf(book.rows().size())));
		return new NamedDocument(RegisterBookDocument.of(book),
				"so-theo-doi-hoa-giai-" + teamId + "-" + book.cover().year());
	}

	private RegisterBook book(long teamId, Integer askedYear) {
		int year = year(askedYear);
		TeamMembership team = this.teams.membership(teamId);
		String teamName = this.names.team(teamId).orElseThrow(() -> new RecordNotFound("MediationTeam", teamId)).name();
		LocalDate today = LocalDate.now();
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate asOf = end.isBefore(today) ? end : today;
		Places places = Places.of(this.units.ancestry(team.unitId(), asOf));
		List<CaseLine> cases = this.queries.cases(teamId, year);
		List<Long> caseIds = cases.stream().map(CaseLine::id).toList();
		Set<Long> mediatorIds = new HashSet<>();
		var assigned = this.queries.mediators(caseIds);
		assigned.values().forEach(mediatorIds::addAll);
		RegisterBookRows.Facts facts = new RegisterBookRows.Facts(this.queries.parties(caseIds), assigned,
				this.queries.invited(caseIds), this.names.mediators(mediatorIds), this.queries.fields());
		Viewer viewer = CurrentViewer.require();
		Long own = this.accounts.of(viewer).map(OwnMediator::mediatorId).orElse(null);
		RegisterBook.Cover cover = new RegisterBook.Cover(teamId, team.unitId(), teamName, year, places,
				LocalDate.of(year, 1, 1), end.isBefore(today) ? end : null);
		return new RegisterBook(cover,
				RegisterBookRows.rows(cases, facts,
						(c) -> CaseAccess.mayOpen(viewer, c.unit(), c.privateMediation(),
								own != null && assigned.getOrDefault(c.id(), List.of()).contains(own))),
				RegisterBookRows.summary(cases, facts));
	}

	private static int year(Integer year) {
		int now = LocalDate.now().getYear();
		if (year == null) {
			return now;
		}
		if (year < 2014 || year > now) {
			throw new InvalidInput(List.of(FieldProblem.of("year", "caseDocuments.register.year", now)));
		}
		return year;
	}

}
