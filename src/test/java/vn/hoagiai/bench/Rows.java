package vn.hoagiai.bench;

import java.sql.SQLException;

/**
 * A sink of rows for one table: JDBC batches ({@link Batch}) or PostgreSQL COPY
 * ({@link CopyRows}).
 */
interface Rows extends AutoCloseable {

	void add(Object... values) throws SQLException;

	@Override
	void close() throws SQLException;

}
