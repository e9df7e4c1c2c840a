package vn.hoagiai.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.hoagiai.indicators.IndicatorReport;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.IndicatorValue;
import vn.hoagiai.indicators.Period;
import vn.hoagiai.indicators.UnitIndicators;
import vn.hoagiai.shared.UnitId;

/**
 * The indicator table of a unit and its children as xlsx and CSV: one row per unit, for
 * each indicator its value, numerator, denominator, target and status. Text cells that a
 * spreadsheet would take for a formula are written as text.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorExports {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IndicatorService indicators;

	private final MessageSource messages;

	IndicatorExports(IndicatorService indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(ReportRequest request, Locale locale) {
		List<List<String>> table = table(request, locale);
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<String> row : table) {
			out.append(String.join(",", row.stream().map(IndicatorExports::csvCell).toList())).append("\r\n");
		}
		return file(out.toString().getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/csv"), "csv");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(ReportRequest request, Locale locale) throws IOException {
		List<List<String>> table = table(request, locale);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("indicators.export.sheet", locale));
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = table.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String cell = cells.get(c);
					if (r > 0 && c > 1 && isNumber(cell)) {
						row.createCell(c).setCellValue(Double.parseDouble(cell));
					}
					else {
						// setCellValue(String) always writes text: never a formula
						row.createCell(c).setCellValue(cell);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return file(out.toByteArray(), XLSX, "xlsx");
		}
	}

	private List<List<String>> table(ReportRequest request, Locale locale) {
		UnitId unit = request.unit(this.indicators);
		Period period = request.periodValue(this.indicators);
		IndicatorReport report = this.indicators.report(unit, period, request.boundariesValue(), true);
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>(
				List.of(text("indicators.export.unit", locale), text("indicators.export.period", locale)));
		for (IndicatorValue v : report.total().values()) {
			String name = text(v.code().key() + ".name", locale);
			header.add(name);
			if (v.code().hasTarget()) {
				header.add(name + " - " + text("indicators.export.numerator", locale));
				header.add(name + " - " + text("indicators.export.denominator", locale));
				header.add(name + " - " + text("indicators.export.target", locale));
				header.add(name + " - " + text("indicators.export.status", locale));
			}
		}
		table.add(header);
		String name = (report.unitName() != null) ? report.unitName() : text("indicators.country", locale);
		table.add(row(name, period, report.total(), locale));
		for (UnitIndicators child : report.children()) {
			table.add(row(child.name(), period, child, locale));
		}
		return table;
	}

	private List<String> row(String name, Period period, UnitIndicators u, Locale locale) {
		List<String> row = new ArrayList<>(List.of(name, period.code()));
		for (IndicatorValue v : u.values()) {
			row.add(number(v.value()));
			if (v.code().hasTarget()) {
				row.add((v.numerator() != null) ? v.numerator().toString() : "");
				row.add((v.denominator() != null) ? v.denominator().toString() : "");
				row.add(number(v.target()));
				row.add(text(v.status().messageKey(), locale));
			}
		}
		return row;
	}

	private static String number(Double value) {
		if (value == null) {
			return "";
		}
		return (value == Math.rint(value)) ? Long.toString(value.longValue()) : value.toString();
	}

	private static boolean isNumber(String cell) {
		return !cell.isEmpty() && cell.matches("\\d+(\\.\\d+)?");
	}

	/**
	 * A CSV cell, quoted; a cell that starts like a formula gets a leading apostrophe so
	 * that a spreadsheet shows it as text (OWASP CSV injection).
	 */
	static String csvCell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private ResponseEntity<byte[]> file(byte[] body, MediaType type, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("chi-tieu." + extension).build().toString())
			.body(body);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
