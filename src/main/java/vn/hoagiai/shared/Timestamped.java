package vn.hoagiai.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * When a record was created and last changed ({@code created_at}, {@code updated_at}),
 * kept by JPA on every insert and update.
 */
@MappedSuperclass
public abstract class Timestamped {

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@PrePersist
	@PreUpdate
	protected void touch() {
		this.updatedAt = Instant.now();
		if (this.createdAt == null) {
			this.createdAt = this.updatedAt;
		}
	}

	protected Instant createdAt() {
		return this.createdAt;
	}

	protected Instant updatedAt() {
		return this.updatedAt;
	}

}
