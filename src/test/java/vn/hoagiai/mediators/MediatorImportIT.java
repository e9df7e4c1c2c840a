package vn.hoagiai.mediators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.mediators.imports.ImportPreview;
import vn.hoagiai.mediators.imports.ImportProblem;
import vn.hoagiai.mediators.imports.MediatorColumn;
import vn.hoagiai.mediators.imports.MediatorImport;
import vn.hoagiai.mediators.imports.MediatorWorkbook;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;
import vn.hoagiai.shared.Role;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Excel import on the demo data, as the commune officer of Đức Xuân: all rows or
 * none, every problem with its row and column, bad files refused.
 */
@IntegrationTest
class MediatorImportIT {

	static final String[] HEADERS = { "STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Số điện thoại",
			"Thôn, tổ dân phố", "Vai trò trong tổ", "Nghề nghiệp", "Thành phần", "Trình độ pháp luật", "Hình thức bầu",
			"Ngày bầu", "Số hộ đồng ý", "Tổng số hộ", "Số quyết định công nhận", "Ngày công nhận", "Ngày vào tổ" };

	@Autowired
	MediatorImport imports;

	@Autowired
	MediatorWorkbook workbook;

	@Autowired
	JdbcClient jdbc;

	private String village;

	@BeforeEach
	void signIn() {
		long ducXuan = this.jdbc.sql("select id from org_unit where name = 'Phường Đức Xuân'")
			.query(Long.class)
			.single();
		SignedIn.as("tuphap.ducxuan", ducXuan, Role.COMMUNE_OFFICER);
		this.village = this.jdbc
			.sql("select u.name from med_team t join org_unit u on u.id = t.unit_id "
					+ "join org_unit_parent p on p.unit_id = u.id and p.valid_to is null where p.parent_id = :c "
					+ "and t.status = 'ACTIVE' order by u.name limit 1")
			.param("c", ducXuan)
			.query(String.class)
			.single();
	}

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void validFileIsPreviewedThenSavedInOneGo() throws IOException {
		long before = count();
		byte[] file = workbook(List.of(
				row("1", "Nông Thị Vân", "Nữ", "1975", "Tày", "0912345678", this.village, "Tổ viên", "Nông dân", "Khác",
						"", "Biểu quyết giơ tay tại cuộc họp", "12/03/2024", "80", "120", "15/QĐ-UBND", "20/03/2024",
						"01/04/2024"),
				row("2", "  Lý   Văn Hào ", "nam", "1968", "Nung", "", this.village, "to vien", "", "Luật gia", "", "",
						"", "", "", "", "", "")));

		ImportPreview preview = this.imports.preview("list.xlsx", file);
		int saved = this.imports.confirm(preview.token());

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.rows()).isEqualTo(2);
		assertThat(saved).isEqualTo(2);
		assertThat(count()).isEqualTo(before + 2);
		assertThat(this.jdbc.sql("select count(*) from med_mediator where full_name = 'Lý Văn Hào'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void fileWithTenKindsOfErrorsSavesNothingAndReportsEachByRowAndColumn() throws IOException {
		long before = count();
		byte[] file = workbook(List.of(
				row("1", "", "Nữ", "1970", "", "", this.village, "", "", "", "", "", "", "", "", "", "", ""),
				row("2", "Hà Thị Lan", "Nữ", "1970", "", "", "Thôn Không Có", "", "", "", "", "", "", "", "", "", "",
						""),
				row("3", "Hà Thị Mai", "X", "1970", "", "", this.village, "", "", "", "", "", "", "", "", "", "", ""),
				row("4", "Hà Thị Đào", "Nữ", "1850", "", "", this.village, "", "", "", "", "", "", "", "", "", "", ""),
				row("5", "Hà Thị Cúc", "Nữ", "1970", "Klingon", "", this.village, "", "", "", "", "", "", "", "", "",
						"", ""),
				row("6", "Hà Thị Hồng", "Nữ", "1970", "", "abc", this.village, "", "", "", "", "", "", "", "", "", "",
						""),
				row("7", "Hà Thị Huệ", "Nữ", "1970", "", "", this.village, "", "", "", "", "", "32/13/2024", "", "", "",
						"", ""),
				row("8", "Hà Thị Sen", "Nữ", "1970", "", "", this.village, "", "", "", "", "", "", "30", "100", "", "",
						""),
				row("9", "Hà Thị Trang", "Nữ", "1970", "", "", this.village, "", "", "", "", "", "", "", "", "", "",
						""),
				row("10", "Hà Thị Trang", "Nữ", "1970", "", "", this.village, "", "", "", "", "", "", "", "", "", "",
						""),
				row("11", "Hà Thị Lê", "Nữ", "1970", "", "", this.village, "Tổ trưởng", "", "", "", "", "", "", "", "",
						"", ""),
				row("12", "Hà Thị Na", "Nữ", "1970", "", "", this.village, "Tổ trưởng", "", "", "", "", "", "", "", "",
						"", ""),
				row("13", "Hà Thị Nụ", "Nữ", "1970", "", "", this.village, "", "", "Phi hành gia", "", "", "", "", "",
						"", "", "")));

		ImportPreview preview = this.imports.preview("errors.xlsx", file);

		assertThat(preview.canConfirm()).isFalse();
		assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.contains(tuple(2, MediatorColumn.FULL_NAME, "import.problem.required"),
					tuple(3, MediatorColumn.VILLAGE, "import.problem.village"),
					tuple(4, MediatorColumn.SEX, "import.problem.choice"),
					tuple(5, MediatorColumn.BIRTH_YEAR, "mediator.birthYear.range"),
					tuple(6, MediatorColumn.ETHNICITY, "mediator.ethnicity.unknown"),
					tuple(7, MediatorColumn.PHONE, "mediator.phone.invalid"),
					tuple(8, MediatorColumn.ELECTION_DATE, "import.problem.date"),
					tuple(9, MediatorColumn.VOTES_FOR, "mediator.election.notMajority"),
					tuple(11, MediatorColumn.FULL_NAME, "import.problem.duplicateInFile"),
					tuple(13, MediatorColumn.ROLE, "import.problem.severalLeaders"),
					tuple(14, MediatorColumn.BACKGROUND, "import.problem.choice"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void formulasAreRefused() throws IOException {
		XSSFWorkbook book = headerBook();
		Row row = book.getSheetAt(0).createRow(1);
		row.createCell(1).setCellFormula("\"Hà\"&\" Thị Lan\"");
		row.createCell(2).setCellValue("Nữ");
		row.createCell(6).setCellValue(this.village);

		ImportPreview preview = this.imports.preview("formula.xlsx", bytes(book));

		assertThat(preview.problems()).extracting(ImportProblem::messageKey).contains("import.problem.formula");
	}

	@Test
	void fiveThousandRowsAreCheckedInOnePreview() throws IOException {
		XSSFWorkbook book = headerBook();
		Sheet sheet = book.getSheetAt(0);
		for (int i = 1; i <= 5000; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(i);
			row.createCell(1).setCellValue("Hoàng Văn Thử " + i);
			row.createCell(2).setCellValue((i % 2 == 0) ? "Nữ" : "Nam");
			row.createCell(3).setCellValue(1950 + i % 50);
			row.createCell(6).setCellValue(this.village);
		}

		ImportPreview preview = this.imports.preview("big.xlsx", bytes(book));

		assertThat(preview.rows()).isEqualTo(5000);
		assertThat(preview.problems()).isEmpty();
	}

	@Test
	void badFilesAreRefusedWithAClearReason() throws IOException {
		assertThatThrownBy(() -> this.imports.preview("x.xlsx", "not a workbook".getBytes())).isInstanceOfSatisfying(
				UnreadableWorkbook.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("import.file.notXlsx"));
		XSSFWorkbook wrong = new XSSFWorkbook();
		wrong.createSheet("Khác").createRow(0).createCell(0).setCellValue("Tên");
		assertThatThrownBy(() -> this.imports.preview("x.xlsx", bytes(wrong))).isInstanceOfSatisfying(
				UnreadableWorkbook.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("import.file.wrongSheet"));
		assertThatThrownBy(() -> this.imports.preview("bomb.xlsx", zipBomb())).isInstanceOf(UnreadableWorkbook.class);
	}

	@Test
	void exportIsReimportableAndMentionsEveryColumn() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.workbook.export(MediatorFilter.all(), out);

		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			Row header = book.getSheetAt(0).getRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADERS[i]);
			}
			assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
		}
		ImportPreview again = this.imports.preview("export.xlsx", out.toByteArray());
		assertThat(again.problems()).extracting(ImportProblem::messageKey)
			.containsOnly("import.problem.alreadyRegistered");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from med_mediator").query(Long.class).single();
	}

	private static String[] row(String... cells) {
		return cells;
	}

	private static byte[] workbook(List<String[]> rows) throws IOException {
		XSSFWorkbook book = headerBook();
		for (int i = 0; i < rows.size(); i++) {
			Row row = book.getSheetAt(0).createRow(i + 1);
			String[] cells = rows.get(i);
			for (int c = 0; c < cells.length; c++) {
				row.createCell(c).setCellValue(cells[c]);
			}
		}
		return bytes(book);
	}

	private static XSSFWorkbook headerBook() {
		XSSFWorkbook book = new XSSFWorkbook();
		Row header = book.createSheet("Hòa giải viên").createRow(0);
		for (int i = 0; i < HEADERS.length; i++) {
			header.createCell(i).setCellValue(HEADERS[i]);
		}
		return book;
	}

	private static byte[] bytes(XSSFWorkbook book) throws IOException {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * A valid workbook whose sheet inflates over a thousand times: refused before it is
	 * parsed.
	 */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out);
				java.util.zip.ZipInputStream source = new java.util.zip.ZipInputStream(
						new java.io.ByteArrayInputStream(bytes(headerBook())))) {
			ZipEntry entry;
			while ((entry = source.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = source.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					content = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(30_000_000))
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
