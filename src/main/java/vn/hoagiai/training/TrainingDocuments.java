package vn.hoagiai.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.documents.Block;
import vn.hoagiai.documents.Document;
import vn.hoagiai.documents.Letterhead;
import vn.hoagiai.documents.Signature;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * Training's official documents in the state format (written by the documents module): a
 * certificate with its verification code and the public address where anyone can check
 * it, and an event's sign-in sheet with a line per attendee and blank lines for walk-ins.
 * Official text is Vietnamese whatever the viewer's language; each export is audited.
 */
@Service
@Transactional
public class TrainingDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Blank lines at the end of a sign-in sheet, for people not on the list. */
	static final int BLANK_LINES = 10;

	private final Certificates certificates;

	private final TrainingEventService events;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final AuditTrail audit;

	TrainingDocuments(Certificates certificates, TrainingEventService events, UnitDirectory units,
			MessageSource messages, AuditTrail audit) {
		this.certificates = certificates;
		this.events = events;
		this.units = units;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * The certificate {@code code} (for viewers whose scope holds the holder's unit),
	 * printing the verification address {@code verifyBase + "/xac-minh/" + code}.
	 */
	public Document certificate(String code, String verifyBase) {
		Certificates.Issuer issuer = this.certificates.issuer(code);
		Certificates.CertificateView c = issuer.certificate();
		String unit = name(issuer.unit(), c.issuedOn());
		String issuingBody = (issuer.agency() != null) ? issuer.agency() : unit;
		String verifyUrl = verifyBase + "/xac-minh/" + c.code();
		Document doc = Document.portrait()
			.letterhead(new Letterhead((issuer.agency() != null) ? upper(unit) : null, upper(issuingBody), null, unit,
					c.issuedOn()))
			.title(text("certificate.heading"), null)
			.centered(text("certificate.grantedTo"), false)
			.centered(c.holderName(), true)
			.centered(text("certificate.for", c.title()), false)
			.centered(text("certificate.pdf.issuedOn", c.issuedOn().format(DAY)), false)
			.centered(text("certificate.pdf.code", c.code()), true)
			.centered(text("certificate.pdf.verify", verifyUrl), false)
			.sign(Signature.official(text("certificate.pdf.signAuthority", upper(issuingBody)),
					text("certificate.pdf.signPosition"), null))
			.build();
		this.audit.record(AuditAction.EXPORT, Certificates.RECORD, c.code(), UnitId.of(c.unitId()),
				Changes.none().note("document", "CERTIFICATE"));
		return doc;
	}

	/** The sign-in sheet of an event the viewer may read. */
	public Document signInSheet(long eventId) {
		EventView event = this.events.view(eventId);
		EventDetails d = event.details();
		String unit = event.organiserUnitName();
		String issuingBody = (d.organiserName() != null) ? d.organiserName() : unit;
		List<List<String>> rows = new ArrayList<>();
		int number = 0;
		for (AttendanceView a : event.attendance()) {
			rows.add(List.of(String.valueOf(++number), a.name(), text("attendee.role." + a.role()),
					(a.unitName() != null) ? a.unitName() : "", ""));
		}
		for (int i = 0; i < BLANK_LINES; i++) {
			rows.add(List.of(String.valueOf(++number)));
		}
		String when = d.startDate().equals(d.endDate()) ? d.startDate().format(DAY)
				: d.startDate().format(DAY) + " - " + d.endDate().format(DAY);
		String place = d.online() ? text("event.online") : (d.place() != null) ? d.place() : "";
		Document doc = Document.portrait()
			.letterhead(new Letterhead((d.organiserName() != null) ? upper(unit) : null, upper(issuingBody), null, unit,
					d.startDate()))
			.title(text("attendance.signInSheetTitle"), d.title())
			.labelled(text("signInSheet.pdf.when"), when)
			.labelled(text("signInSheet.pdf.place"), place)
			.table(List.of(Block.Column.of(text("attendance.number"), 2), Block.Column.of(text("attendance.name"), 8),
					Block.Column.of(text("attendance.role"), 5), Block.Column.of(text("attendance.unit"), 7),
					Block.Column.of(text("attendance.signature"), 5)), rows, false)
			.sign(Signature.person(text("signInSheet.pdf.signPosition"), null))
			.build();
		this.audit.record(AuditAction.EXPORT, TrainingEventService.RECORD, eventId, UnitId.of(event.organiserUnitId()),
				Changes.none().note("document", "SIGN_IN_SHEET"));
		return doc;
	}

	private String name(UnitId unit, LocalDate on) {
		return this.units.find(unit, on).or(() -> this.units.find(unit)).map(UnitView::name).orElse("");
	}

	private static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VIETNAMESE);
	}

}
