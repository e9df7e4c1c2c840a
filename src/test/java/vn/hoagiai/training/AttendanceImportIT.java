package vn.hoagiai.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Role;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;
import vn.hoagiai.training.imports.AttendanceColumn;
import vn.hoagiai.training.imports.AttendanceImport;
import vn.hoagiai.training.imports.AttendancePreview;
import vn.hoagiai.training.imports.ImportProblem;
import vn.hoagiai.shared.spreadsheets.UnreadableWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The attendance import as the officer of Dương Quang: a valid sheet is previewed then
 * saved in one go; a sheet with errors lists each by row and column and saves nothing.
 */
@IntegrationTest
class AttendanceImportIT {

	static final String[] HEADERS = { "Họ và tên", "Năm sinh", "Thôn, tổ dân phố", "Đối tượng", "Điểm danh",
			"Ghi chú" };

	@Autowired
	AttendanceImport imports;

	@Autowired
	TrainingEventService events;

	@Autowired
	JdbcClient jdbc;

	private long event;

	private List<String[]> people;

	@BeforeEach
	void signIn() {
		long commune = this.jdbc.sql("select id from org_unit where name = 'Xã Dương Quang'")
			.query(Long.class)
			.single();
		SignedIn.as("tuphap.duongquang", commune, Role.COMMUNE_OFFICER);
		LocalDate day = LocalDate.now().minusDays(2);
		this.event = this.events.create(null, new EventDetails("Tập huấn nhập điểm danh", EventKind.COURSE, null, day,
				day, new BigDecimal("4"), null, false, null, null, null, null, null, null, null));
		this.people = this.jdbc.sql("""
				select m.full_name, m.birth_year, u.name from med_mediator m join org_unit u on u.id = m.unit_id
				join org_unit_parent p on p.unit_id = u.id and p.valid_to is null
				where p.parent_id = :c and m.status = 'ACTIVE' order by m.id limit 3""")
			.param("c", commune)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
	}

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void validSheetIsPreviewedThenSavedInOneGo() throws IOException {
		byte[] file = workbook(List.of(row(this.people.get(0), "Hòa giải viên", "Có mặt"),
				row(this.people.get(1), "", "den muon"), row(this.people.get(2), "hoa giai vien", "Vắng"),
				new String[] { "Hoàng Văn Quân", "", "", "Lãnh đạo xã", "Có mặt", "Phó Chủ tịch" }));

		AttendancePreview preview = this.imports.preview(this.event, file);
		int saved = this.imports.confirm(this.event, preview.token());

		assertThat(preview.problems()).isEmpty();
		assertThat(saved).isEqualTo(4);
		EventView view = this.events.view(this.event);
		assertThat(view.present()).isEqualTo(2);
		assertThat(view.late()).isEqualTo(1);
		assertThat(view.absent()).isEqualTo(1);
	}

	@Test
	void sheetWithErrorsListsEachByRowAndColumnAndSavesNothing() throws IOException {
		byte[] file = workbook(List.of(row(this.people.get(0), "Hòa giải viên", "Có mặt"),
				new String[] { "Người Không Có Thật", "", "", "Hòa giải viên", "Có mặt", "" },
				row(this.people.get(1), "Hòa giải viên", "đi chơi"), row(this.people.get(2), "Bộ trưởng", "Có mặt"),
				new String[] { "", "", "", "Khác", "Có mặt", "" }, row(this.people.get(0), "Hòa giải viên", "Vắng")));

		AttendancePreview preview = this.imports.preview(this.event, file);

		assertThat(preview.canConfirm()).isFalse();
		assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, AttendanceColumn.FULL_NAME, "attendanceImport.problem.noMediator"),
					tuple(4, AttendanceColumn.STATUS, "attendanceImport.problem.status"),
					tuple(5, AttendanceColumn.ROLE, "attendanceImport.problem.choice"),
					tuple(6, AttendanceColumn.FULL_NAME, "attendanceImport.problem.required"),
					tuple(7, AttendanceColumn.FULL_NAME, "attendanceImport.problem.duplicate"));
		assertThatThrownBy(() -> this.imports.confirm(this.event, preview.token()))
			.isInstanceOf(vn.hoagiai.training.imports.ImportRejected.class);
		assertThat(this.events.view(this.event).attendance()).isEmpty();
	}

	@Test
	void fileThatIsNotXlsxIsRefused() {
		assertThatThrownBy(() -> this.imports.preview(this.event, "Họ và tên;Điểm danh".getBytes()))
			.isInstanceOf(UnreadableWorkbook.class);
	}

	private static String[] row(String[] person, String role, String status) {
		return new String[] { person[0], person[1], person[2], role, status, "" };
	}

	private static byte[] workbook(List<String[]> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Điểm danh");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).length; c++) {
					if (rows.get(r)[c] != null) {
						row.createCell(c).setCellValue(rows.get(r)[c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
