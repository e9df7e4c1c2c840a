package vn.hoagiai.training.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoagiai.training.Attendee;
import vn.hoagiai.training.TrainingEventService;

/**
 * The attendance sheet to fill in: the column titles, then one row per active mediator
 * the officer may see (name, birth year, village), the attendance left blank.
 */
@Component
public class AttendanceWorkbook {

	private final MessageSource messages;

	private final TrainingEventService events;

	AttendanceWorkbook(MessageSource messages, TrainingEventService events) {
		this.messages = messages;
		this.events = events;
	}

	public void template(OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<Attendee> people = this.events.attendeeChoices();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("attendanceImport.sheetName", null, locale));
			Row header = sheet.createRow(0);
			AttendanceColumn[] columns = AttendanceColumn.values();
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(this.messages.getMessage(columns[i].messageKey(), null, locale));
				sheet.setColumnWidth(i, (i == 0 || i == 2) ? 28 * 256 : 16 * 256);
			}
			String mediator = this.messages.getMessage("attendee.role.MEDIATOR", null, locale);
			int r = 1;
			for (Attendee person : people) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(person.fullName());
				if (person.birthYear() != null) {
					row.createCell(1).setCellValue(person.birthYear());
				}
				row.createCell(2).setCellValue(person.unitName());
				row.createCell(3).setCellValue(mediator);
			}
			workbook.write(out);
		}
	}

}
