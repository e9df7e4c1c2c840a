package vn.hoagiai.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;

/**
 * The case list as an Excel workbook: one row per case with the parties' names only where
 * the viewer may open the case, never a phone or an address; for viewers who see counts
 * only, the counts. Every export is logged (it shows on the audit page as EXPORT), in its
 * own statement after the list's read-only transaction.
 */
@Service
public class CaseExports {

	/** The most rows one export holds; narrow the filter for more. */
	public static final int MAX_ROWS = 20_000;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String[] COLUMNS = { "case.register", "case.receivedOn", "case.field", "case.status",
			"case.result", "case.parties", "case.private", "case.followUpOverdue" };

	private final CaseService cases;

	private final MessageSource messages;

	private final AuditTrail audit;

	CaseExports(CaseService cases, MessageSource messages, AuditTrail audit) {
		this.cases = cases;
		this.messages = messages;
		this.audit = audit;
	}

	public void export(CaseFilter filter, OutputStream out) throws IOException {
		CaseList list = this.cases.list(filter, PageRequest.of(0, MAX_ROWS));
		Map<String, String> fields = this.cases.fields()
			.stream()
			.collect(Collectors.toMap(CaseField::code, CaseField::name));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(text("case.export.sheet"));
			counts(sheet, list.counts());
			int rows = 0;
			if (list.rowsVisible()) {
				Row header = sheet.createRow(10);
				for (int i = 0; i < COLUMNS.length; i++) {
					header.createCell(i).setCellValue(text(COLUMNS[i]));
				}
				for (CaseRow r : list.rows()) {
					Row row = sheet.createRow(11 + rows++);
					set(row, 0, r.registerNumber() + "/" + r.registerYear());
					set(row, 1, r.receivedOn().toString());
					set(row, 2, fields.getOrDefault(r.fieldCode(), r.fieldCode()));
					set(row, 3, text("case.status." + r.status()));
					set(row, 4, (r.result() != null) ? text("case.result." + r.result()) : "");
					set(row, 5, (r.partyNames() != null) ? r.partyNames() : text("case.parties.hidden"));
					set(row, 6, r.privateMediation() ? text("common.yes") : "");
					set(row, 7, r.followUpOverdue() ? text("common.yes") : "");
				}
			}
			workbook.write(out);
		}
		this.audit.record(AuditAction.EXPORT, CaseService.RECORD, null, null,
				Changes.none()
					.note("rows", Integer.toString(list.rowsVisible() ? list.rows().getNumberOfElements() : 0))
					.note("filter", filter.withoutSearch().toString())
					.note("search", (filter.q() != null && !filter.q().isBlank()) ? "yes" : "no"));
	}

	private void counts(Sheet sheet, CaseCounts c) {
		List<Object[]> lines = List.of(new Object[] { "case.counts.total", c.total() },
				new Object[] { "case.status.RECEIVED", c.received() },
				new Object[] { "case.status.IN_PROGRESS", c.inProgress() },
				new Object[] { "case.status.CLOSED", c.closed() },
				new Object[] { "case.result.SUCCESSFUL", c.successful() },
				new Object[] { "case.result.UNSUCCESSFUL", c.unsuccessful() },
				new Object[] { "case.result.WITHDRAWN", c.withdrawn() },
				new Object[] { "case.result.REFERRED", c.referred() });
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(text((String) lines.get(i)[0]));
			row.createCell(1).setCellValue(((Long) lines.get(i)[1]).doubleValue());
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, VIETNAMESE);
	}

	/** Text cells only: never a formula, whatever a name starts with. */
	private static void set(Row row, int column, String value) {
		row.createCell(column).setCellValue((value != null) ? value : "");
	}

}
