package vn.hoagiai.mediators.imports;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.MediatorRecord;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.MediatorDetails;
import vn.hoagiai.mediators.Election;

/**
 * Writes the mediator list workbook: the empty template, and the export of a filtered
 * list with the same columns, so that an export can be edited and imported again. Streams
 * rows (constant memory). Text that looks like a formula is written as text, never
 * evaluated.
 */
@Service
public class MediatorWorkbook {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int PAGE = 1000;

	private final MediatorService mediators;

	private final MessageSource messages;

	private final AuditTrail audit;

	MediatorWorkbook(MediatorService mediators, MessageSource messages, AuditTrail audit) {
		this.mediators = mediators;
		this.messages = messages;
		this.audit = audit;
	}

	public void template(OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			header(workbook);
			workbook.write(out);
		}
	}

	@PreAuthorize("hasAnyRole('ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER','PROVINCE_OFFICER')")
	public void export(MediatorFilter filter, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = header(workbook);
			int rowIndex = 1;
			int page = 0;
			List<MediatorRecord> records;
			do {
				records = this.mediators.records(filter, PageRequest.of(page++, PAGE));
				for (MediatorRecord record : records) {
					write(sheet.createRow(rowIndex), rowIndex, record);
					rowIndex++;
				}
			}
			while (records.size() == PAGE);
			workbook.write(out);
			this.audit.record(AuditAction.EXPORT, "Mediator", null, null,
					Changes.none().note("rows", Integer.toString(rowIndex - 1)));
		}
	}

	private void write(Row row, int number, MediatorRecord record) {
		MediatorDetails d = record.details();
		Election election = d.election();
		set(row, MediatorColumn.NO, Integer.toString(number));
		set(row, MediatorColumn.FULL_NAME, d.fullName());
		set(row, MediatorColumn.SEX, label("sex.", d.sex()));
		set(row, MediatorColumn.BIRTH_YEAR, (d.birthYear() != null) ? d.birthYear().toString() : "");
		set(row, MediatorColumn.ETHNICITY, record.ethnicityName());
		set(row, MediatorColumn.PHONE, d.phone());
		set(row, MediatorColumn.VILLAGE, record.villageName());
		set(row, MediatorColumn.ROLE, label("role.team.", record.role()));
		set(row, MediatorColumn.OCCUPATION, d.occupation());
		set(row, MediatorColumn.BACKGROUND, label("background.", d.background()));
		set(row, MediatorColumn.LEGAL_TRAINING, label("legalTraining.", d.legalTraining()));
		set(row, MediatorColumn.ELECTION_METHOD, label("electionMethod.", election.method()));
		set(row, MediatorColumn.ELECTION_DATE, CellValues.formatDate(election.date()));
		set(row, MediatorColumn.VOTES_FOR, (election.votesFor() != null) ? election.votesFor().toString() : "");
		set(row, MediatorColumn.HOUSEHOLDS, (election.households() != null) ? election.households().toString() : "");
		set(row, MediatorColumn.RECOGNITION_NUMBER, d.recognitionNumber());
		set(row, MediatorColumn.RECOGNITION_DATE, CellValues.formatDate(d.recognitionDate()));
		set(row, MediatorColumn.JOINED, CellValues.formatDate(record.joined()));
	}

	private Sheet header(SXSSFWorkbook workbook) {
		Sheet sheet = workbook.createSheet(this.messages.getMessage("import.sheetName", null, VIETNAMESE));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (MediatorColumn column : MediatorColumn.values()) {
			var cell = header.createCell(column.ordinal());
			cell.setCellValue(this.messages.getMessage(column.messageKey(), null, VIETNAMESE));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(column.ordinal(), 18 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private String label(String prefix, Enum<?> value) {
		return (value != null) ? this.messages.getMessage(prefix + value.name(), null, value.name(), VIETNAMESE) : "";
	}

	/**
	 * Every value is written as a text cell: never a formula, whatever it starts with.
	 */
	private static void set(Row row, MediatorColumn column, String value) {
		row.createCell(column.ordinal()).setCellValue((value != null) ? value : "");
	}

}
