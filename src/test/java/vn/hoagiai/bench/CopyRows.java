package vn.hoagiai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's COPY: written to a temporary file in COPY's text format, then
 * sent in one COPY when closed (close tables in foreign-key order).
 */
final class CopyRows implements Rows {

	private final Connection connection;

	private final String table;

	private final String columns;

	private final Path file;

	private final BufferedWriter out;

	CopyRows(Connection connection, String table, String columns) throws SQLException {
		this.connection = connection;
		this.table = table;
		this.columns = columns;
		try {
			this.file = Files.createTempFile("copy-" + table, ".tsv");
			this.out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new SQLException(ex);
		}
	}

	@Override
	public void add(Object... values) throws SQLException {
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.out.write('\t');
				}
				this.out.write(text(values[i]));
			}
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new SQLException(ex);
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			this.out.close();
			try (Reader in = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
				this.connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + this.table + " (" + this.columns + ") from stdin", in);
			}
			Files.delete(this.file);
			this.connection.commit();
		}
		catch (IOException ex) {
			throw new SQLException(ex);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "\\N";
		}
		return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
