package vn.hoagiai.cases.fees;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;

/**
 * The fee list as an Excel workbook, with the totals to pay and paid at the bottom. Every
 * text is written as a text cell, never a formula, whatever it starts with; amounts are
 * numbers. The export is audited.
 */
@Service
class FeeWorkbook {

	static final String SHEET = "Thù lao";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<String> COLUMNS = List.of("no", "case", "team", "mediator", "closedOn", "result",
			"eligible", "reason", "amount", "paidOn", "reference");

	private final Fees fees;

	private final MessageSource messages;

	private final AuditTrail audit;

	FeeWorkbook(Fees fees, MessageSource messages, AuditTrail audit) {
		this.fees = fees;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	public void export(FeeFilter filter, OutputStream out) throws IOException {
		List<FeeRow> rows = this.fees.all(filter);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(text("fee.column." + COLUMNS.get(i)));
				header.getCell(i).setCellStyle(bold);
			}
			long toPay = 0;
			long paid = 0;
			int r = 1;
			for (FeeRow fee : rows) {
				write(sheet.createRow(r), r, fee);
				r++;
				if (fee.amount() != null && fee.paidOn() != null) {
					paid += fee.amount();
				}
				else if (fee.amount() != null && fee.eligible()) {
					toPay += fee.amount();
				}
			}
			total(sheet.createRow(r + 1), text("fee.total.toPay"), toPay, bold);
			total(sheet.createRow(r + 2), text("fee.total.paid"), paid, bold);
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		this.audit.record(AuditAction.EXPORT, FeeCalculator.RECORD, null, filter.unit(),
				Changes.none()
					.note("rows", String.valueOf(rows.size()))
					.note("period", filter.from() + " – " + filter.to()));
	}

	private void write(Row row, int number, FeeRow fee) {
		row.createCell(0).setCellValue(number);
		row.createCell(1).setCellValue(fee.registerNumber() + "/" + fee.registerYear());
		row.createCell(2).setCellValue(fee.teamName());
		row.createCell(3).setCellValue(fee.mediatorName());
		row.createCell(4)
			.setCellValue(fee.closedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		row.createCell(5).setCellValue(text("fee.result." + fee.result()));
		row.createCell(6).setCellValue(text(fee.eligible() ? "fee.eligible.yes" : "fee.eligible.no"));
		row.createCell(7)
			.setCellValue((fee.reason() != null)
					? text(fee.reason()) + ((fee.breachNote() != null) ? ": " + fee.breachNote() : "") : "");
		if (fee.amount() != null) {
			row.createCell(8).setCellValue(fee.amount());
		}
		if (fee.paidOn() != null) {
			row.createCell(9)
				.setCellValue(fee.paidOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			row.createCell(10).setCellValue((fee.paidReference() != null) ? fee.paidReference() : "");
		}
	}

	private static void total(Row row, String label, long amount, CellStyle bold) {
		row.createCell(7).setCellValue(label);
		row.getCell(7).setCellStyle(bold);
		row.createCell(8).setCellValue(amount);
		row.getCell(8).setCellStyle(bold);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, VIETNAMESE);
	}

}
