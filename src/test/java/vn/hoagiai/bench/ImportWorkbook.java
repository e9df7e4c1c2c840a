package vn.hoagiai.bench;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An import file for the benchmark: {@code --rows} new mediators spread over the villages
 * of one commune whose single team already has its leader, so that every row is valid.
 * Usage: {@code --url JDBC-URL [--user U] --commune UNIT-ID --rows 5000 --out file.xlsx}.
 */
public final class ImportWorkbook {

	private static final String[] HEADERS = { "STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Số điện thoại",
			"Thôn, tổ dân phố" };

	private static final String VILLAGES = """
			select u.name from org_unit u join org_unit_parent p on p.unit_id = u.id and p.valid_to is null
			where p.parent_id = ?
			and (select count(*) from med_team t where t.unit_id = u.id) = 1
			and (select count(*) from med_mediator m join med_team t on t.id = m.team_id
			     where t.unit_id = u.id and m.team_role = 'LEADER' and m.status = 'ACTIVE') = 1
			order by u.id""";

	private ImportWorkbook() {
	}

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> options = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].substring(2), args[i + 1]);
		}
		String url = options.get("url");
		List<String> villages = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url,
				options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres"), "");
				PreparedStatement statement = connection.prepareStatement(VILLAGES)) {
			statement.setLong(1, Long.parseLong(options.get("commune")));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					villages.add(rs.getString(1));
				}
			}
		}
		int rows = Integer.parseInt(options.getOrDefault("rows", "5000"));
		Random random = new Random(Long.parseLong(options.getOrDefault("seed", "7")));
		try (SXSSFWorkbook book = new SXSSFWorkbook(); OutputStream out = new FileOutputStream(options.get("out"))) {
			var sheet = book.createSheet("Hòa giải viên");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			for (int i = 1; i <= rows; i++) {
				boolean woman = random.nextBoolean();
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue(i);
				row.createCell(1).setCellValue(VietnameseNames.person(random, woman) + " " + i);
				row.createCell(2).setCellValue(woman ? "Nữ" : "Nam");
				row.createCell(3).setCellValue(1955 + random.nextInt(45));
				row.createCell(4).setCellValue("Kinh");
				row.createCell(5).setCellValue("09" + (10_000_000 + random.nextInt(89_999_999)));
				row.createCell(6).setCellValue(villages.get(i % villages.size()));
			}
			book.write(out);
		}
		System.out.println(rows + " rows over " + villages.size() + " villages: " + options.get("out"));
	}

}
