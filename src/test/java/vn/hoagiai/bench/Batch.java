package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A JDBC batch insert that sends every {@code SIZE} rows and commits every 50,000. The
 * batches it depends on (the tables its foreign keys point at) are sent first.
 */
final class Batch implements Rows {

	private static final int SIZE = 1000;

	private static final int COMMIT_EVERY = 50_000;

	private final Connection connection;

	private final PreparedStatement statement;

	private final Batch[] dependsOn;

	private long rows;

	private int pending;

	Batch(Connection connection, String table, String columns, Batch... dependsOn) throws SQLException {
		this.connection = connection;
		this.dependsOn = dependsOn;
		String marks = ",?".repeat(columns.split(",").length).substring(1);
		this.statement = connection
			.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")");
	}

	@Override
	public void add(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			this.statement.setObject(i + 1, values[i]);
		}
		this.statement.addBatch();
		this.rows++;
		if (++this.pending >= SIZE) {
			flush();
		}
		if (this.rows % COMMIT_EVERY == 0) {
			this.connection.commit();
		}
	}

	void flush() throws SQLException {
		for (Batch other : this.dependsOn) {
			other.flush();
		}
		if (this.pending > 0) {
			this.statement.executeBatch();
			this.pending = 0;
		}
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.statement.close();
		this.connection.commit();
	}

}
