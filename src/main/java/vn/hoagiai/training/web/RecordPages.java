package vn.hoagiai.training.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.hoagiai.training.MediatorTraining;
import vn.hoagiai.training.TrainingRecordService;

/**
 * A mediator's training record: its own page, the section the mediator's page loads, and
 * the Excel export.
 */
@Controller
@RequestMapping("/training/mediators/{id}")
class RecordPages {

	static final String PAGE = "training/record";

	static final String SECTION = "training/record :: trainingRecord";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final TrainingRecordService records;

	private final MessageSource messages;

	RecordPages(TrainingRecordService records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@GetMapping
	String record(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("record", this.records.record(id));
		return (htmx != null) ? SECTION : PAGE;
	}

	@GetMapping("/record.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		MediatorTraining record = this.records.record(id);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType(AttendanceImportPages.XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"qua-trinh-tap-huan-" + id + ".xlsx\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet events = workbook.createSheet(text("record.events", locale));
			header(events, locale, "event.title", "event.kind", "event.startDate", "event.hours", "attendance.status");
			int r = 1;
			for (MediatorTraining.EventLine e : record.events()) {
				Row row = events.createRow(r++);
				row.createCell(0).setCellValue(e.title());
				row.createCell(1).setCellValue(text("event.kind." + e.kind(), locale));
				row.createCell(2).setCellValue(DAY.format(e.startDate()));
				row.createCell(3).setCellValue(e.hours().doubleValue());
				row.createCell(4).setCellValue(text("attendance.status." + e.status(), locale));
			}
			Sheet materials = workbook.createSheet(text("record.materials", locale));
			header(materials, locale, "library.title.field", "library.category", "record.firstOpened",
					"record.lastOpened", "record.openCount");
			r = 1;
			for (MediatorTraining.MaterialLine m : record.materials()) {
				Row row = materials.createRow(r++);
				row.createCell(0).setCellValue(m.title());
				row.createCell(1).setCellValue(text("category." + m.category(), locale));
				row.createCell(2).setCellValue(DAY.format(m.firstOpened().atZone(VIETNAM)));
				row.createCell(3).setCellValue(DAY.format(m.lastOpened().atZone(VIETNAM)));
				row.createCell(4).setCellValue(m.openCount());
			}
			workbook.write(response.getOutputStream());
		}
	}

	private void header(Sheet sheet, Locale locale, String... keys) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < keys.length; i++) {
			header.createCell(i).setCellValue(text(keys[i], locale));
			sheet.setColumnWidth(i, (i == 0) ? 40 * 256 : 16 * 256);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
