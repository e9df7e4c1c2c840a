package vn.hoagiai.training;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.UnitId;

/**
 * Certificates for passing a quiz or completing a course, each with a verification code
 * that anyone can check on the public page {@code /xac-minh/{code}}, which shows only the
 * holder's name, the title and the date.
 */
@Service
@Transactional(readOnly = true)
public class Certificates {

	static final String RECORD = "Certificate";

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final vn.hoagiai.organization.UnitScope scope;

	Certificates(JdbcClient jdbc, AuditTrail audit, vn.hoagiai.organization.UnitScope scope) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.scope = scope;
	}

	/** A certificate for printing, for viewers whose scope holds the holder's unit. */
	public CertificateView view(String code) {
		CertificateView view = this.jdbc
			.sql("select code, holder_name, title, issued_on, unit_id from trn_certificate where code = :c")
			.param("c", code)
			.query((rs, n) -> new CertificateView(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new vn.hoagiai.shared.RecordNotFound(RECORD, code));
		this.scope.requireVisible(UnitId.of(view.unitId()), RECORD, code);
		return view;
	}

	/**
	 * Who issued a certificate the viewer may see: the organising unit and agency of its
	 * course, or only the holder's unit for a quiz.
	 */
	Issuer issuer(String code) {
		CertificateView view = view(code);
		return this.jdbc.sql("""
				select coalesce(e.organiser_unit_id, c.unit_id), e.organiser_name from trn_certificate c
				left join trn_event e on e.id = c.event_id where c.code = :c""")
			.param("c", code)
			.query((rs, n) -> new Issuer(view, UnitId.of(rs.getLong(1)), rs.getString(2)))
			.single();
	}

	/** What the public verification page shows: nothing more. */
	public Optional<PublicCertificate> verify(String code) {
		if (code == null || !code.matches("[A-Z0-9-]{4,20}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select holder_name, title, issued_on from trn_certificate where code = :c")
			.param("c", code)
			.query((rs, n) -> new PublicCertificate(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.optional();
	}

	/** The certificates of a mediator, newest first (the caller checks the scope). */
	List<CertificateLine> ofMediator(long mediatorId) {
		return this.jdbc.sql(
				"select code, title, issued_on from trn_certificate where mediator_id = :m order by issued_on desc, id desc")
			.param("m", mediatorId)
			.query((rs, n) -> new CertificateLine(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
	}

	Optional<String> forAttempt(long attemptId) {
		return this.jdbc.sql("select code from trn_certificate where attempt_id = :a")
			.param("a", attemptId)
			.query(String.class)
			.optional();
	}

	/** Issues a certificate in the caller's transaction; returns its code. */
	String issue(Long mediatorId, String holder, String title, LocalDate on, Long attemptId, Long eventId,
			UnitId unit) {
		String code = newCode();
		this.jdbc.sql("""
				insert into trn_certificate (code, mediator_id, holder_name, title, issued_on, attempt_id, event_id,
				  unit_id, created_at) values (:code, :m, :holder, :title, :on, :a, :e, :u, :t)""")
			.param("code", code)
			.param("m", mediatorId)
			.param("holder", holder)
			.param("title", title)
			.param("on", on)
			.param("a", attemptId)
			.param("e", eventId)
			.param("u", unit.value())
			.param("t", Timestamp.from(Instant.now()))
			.update();
		this.audit.created(RECORD, code, unit,
				Changes.of("title", null, title).field("mediator", null, mediatorId).field("issuedOn", null, on));
		return code;
	}

	void issueForEvent(long mediatorId, String holder, String title, LocalDate on, long eventId, UnitId unit) {
		issue(mediatorId, holder, title, on, null, eventId, unit);
	}

	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i == 4 || i == 8) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/** A certificate as the public sees it. */
	public record PublicCertificate(String holderName, String title, LocalDate issuedOn) {
	}

	/** A certificate as printed. */
	public record CertificateView(String code, String holderName, String title, LocalDate issuedOn, long unitId) {
	}

	/** A certificate with the unit and agency that issued it (agency null for a quiz). */
	record Issuer(CertificateView certificate, UnitId unit, String agency) {
	}

	/** A certificate on a mediator's record. */
	public record CertificateLine(String code, String title, LocalDate issuedOn) {
	}

}
