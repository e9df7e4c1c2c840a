package vn.hoagiai.cases.fees;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.hoagiai.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The fee list read back from the workbook: headers, rows, amounts as numbers, totals,
 * and text that looks like a formula kept as text.
 */
class FeeWorkbookTests {

	@Test
	void writesEveryFeeWithTotalsAndNeverAFormula() throws IOException {
		Fees fees = mock(Fees.class);
		FeeFilter filter = new FeeFilter(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
				FeeFilter.State.ALL);
		given(fees.all(any())).willReturn(List.of(fee(1, "Lường Thị Hòa", true, 200_000L, null, null),
				fee(2, "=HYPERLINK(\"http://x\")", true, 150_000L, LocalDate.of(2025, 6, 1), "PC 12"),
				new FeeRow(3, 13, 2025, 3, "Tổ 1", "Nông Văn Sơn", LocalDate.of(2025, 5, 2), "SUCCESSFUL", false,
						"fee.reason.breach", null, true, "Không báo tổ trưởng nguy cơ bạo lực", null, null, 1)));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/cases-fees");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new FeeWorkbook(fees, messages, mock(AuditTrail.class)).export(filter, out);

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheet(FeeWorkbook.SHEET);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Hòa giải viên");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Lường Thị Hòa");
			assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(200_000);
			assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("PC 12");
			assertThat(sheet.getRow(3).getCell(7).getStringCellValue())
				.isEqualTo("Hòa giải viên vi phạm nghĩa vụ quy định tại Điều 10: Không báo tổ trưởng nguy cơ bạo lực");
			assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("Tổng số tiền phải chi");
			assertThat(sheet.getRow(5).getCell(8).getNumericCellValue()).isEqualTo(200_000);
			assertThat(sheet.getRow(6).getCell(8).getNumericCellValue()).isEqualTo(150_000);
			book.forEach((s) -> s.forEach(
					(row) -> row.forEach((cell) -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
		}
	}

	private static FeeRow fee(long id, String mediator, boolean eligible, Long amount, LocalDate paidOn,
			String reference) {
		return new FeeRow(id, 10 + id, 2025, (int) id, "Tổ 1", mediator, LocalDate.of(2025, 3, 1), "SUCCESSFUL",
				eligible, null, amount, false, null, paidOn, reference, 0);
	}

}
