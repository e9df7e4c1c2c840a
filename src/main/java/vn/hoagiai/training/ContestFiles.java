package vn.hoagiai.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A contest's photos and documents, kept in SQL with the hash their content is stored
 * under. The service checks scope and version first.
 */
@Component
class ContestFiles {

	private final JdbcClient jdbc;

	ContestFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContestView.FileView> of(long contest) {
		return this.jdbc.sql("""
				select id, kind, title, file_name, media_type, file_size from trn_contest_file
				where contest_id = :c order by id""")
			.param("c", contest)
			.query((rs, n) -> new ContestView.FileView(rs.getLong(1), ContestFileKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)))
			.list();
	}

	/** The stored file's hash and the name it is offered under. */
	Optional<StoredName> find(long contest, long file) {
		return this.jdbc.sql("""
				select file_hash, file_name, media_type, file_size from trn_contest_file
				where contest_id = :c and id = :f""")
			.param("c", contest)
			.param("f", file)
			.query((rs, n) -> new StoredName(rs.getString(1).strip(), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.optional();
	}

	void add(long contest, ContestFileKind kind, String title, StoredFiles.StoredFile stored, String name) {
		this.jdbc.sql("""
				insert into trn_contest_file (contest_id, kind, title, file_hash, file_name, media_type, file_size,
				  created_at) values (:c, :k, :t, :h, :n, :m, :s, :at)""")
			.param("c", contest)
			.param("k", kind.name())
			.param("t", title)
			.param("h", stored.hash())
			.param("n", name)
			.param("m", stored.type().mediaType())
			.param("s", stored.size())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** A stored file of a contest. */
	record StoredName(String hash, String fileName, String mediaType, long size) {
	}

}
