package vn.hoagiai.shared;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed because another process already holds the embedded
 * database file: the embedded database serves one instance; several instances need
 * PostgreSQL.
 */
class EmbeddedDatabaseInUse extends AbstractFailureAnalyzer<SQLException> {

	/** H2's error code for "Database may be already in use". */
	static final int H2_DATABASE_ALREADY_OPEN = 90020;

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (cause.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
			return null;
		}
		return new FailureAnalysis("""
				Cơ sở dữ liệu nhúng (H2) đang được một tiến trình hoagiai khác sử dụng.
				The embedded H2 database is already in use by another hoagiai process.""", """
				Chỉ chạy một phiên bản với cơ sở dữ liệu nhúng: dừng phiên bản kia, hoặc đặt HOAGIAI_DATA_DIR
				sang thư mục khác. Để chạy nhiều phiên bản cùng lúc, dùng PostgreSQL (HOAGIAI_DB_URL).
				Run one instance per embedded database: stop the other one, or point HOAGIAI_DATA_DIR elsewhere.
				To run several instances, use PostgreSQL (HOAGIAI_DB_URL); see README.""", cause);
	}

}
