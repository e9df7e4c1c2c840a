package vn.hoagiai.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTests {

	private final Instant start = Instant.parse("2026-11-25T08:00:00Z");

	@Test
	void touchesWithinAMinuteAreNotWrittenBack() {
		MapSession stored = new MapSession("s1");
		stored.setLastAccessedTime(this.start);
		Session session = new SessionStore.Touched(stored);

		session.setLastAccessedTime(this.start.plusSeconds(59));

		assertThat(session.getLastAccessedTime()).isEqualTo(this.start);
		assertThat(stored.getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void aTouchAMinuteOrMoreLaterMovesTheLastAccessTime() {
		MapSession stored = new MapSession("s1");
		stored.setLastAccessedTime(this.start);
		Session session = new SessionStore.Touched(stored);

		session.setLastAccessedTime(this.start.plus(SessionStore.RESOLUTION));

		assertThat(stored.getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void anIdleSessionStillExpiresOnTime() {
		MapSession stored = new MapSession("s1");
		stored.setMaxInactiveInterval(Duration.ofMinutes(30));
		stored.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));

		assertThat(new SessionStore.Touched(stored).isExpired()).isTrue();
	}

	@Test
	void theRepositorySavesTheStoredSessionNotTheWrapper() {
		List<Session> saved = new ArrayList<>();
		MapSessionRepository maps = recording(saved);
		MapSession created = maps.createSession();
		created.setAttribute("language", "vi");
		maps.save(created);
		SessionStore.Repository repository = new SessionStore.Repository(new IndexedMaps(maps));

		Session found = repository.findById(created.getId());
		found.setAttribute("language", "en");
		repository.save(found);

		assertThat(found).isInstanceOf(SessionStore.Touched.class);
		assertThat(saved).last().isInstanceOf(MapSession.class);
		assertThat((String) maps.findById(created.getId()).getAttribute("language")).isEqualTo("en");
	}

	@Test
	void aRequestThatChangedNothingWritesNothing() {
		List<Session> saved = new ArrayList<>();
		MapSessionRepository maps = recording(saved);
		MapSession created = maps.createSession();
		maps.save(created);
		saved.clear();
		SessionStore.Repository repository = new SessionStore.Repository(new IndexedMaps(maps));

		Session found = repository.findById(created.getId());
		found.getAttribute("language");
		found.setLastAccessedTime(found.getLastAccessedTime().plusSeconds(5));
		repository.save(found);
		found.setAttribute("language", "en");
		repository.save(found);
		repository.save(found);

		assertThat(saved).hasSize(1);
	}

	/** A map repository that adds every session it saves to {@code saved}. */
	private static MapSessionRepository recording(List<Session> saved) {
		return new MapSessionRepository(new java.util.HashMap<>()) {
			@Override
			public void save(MapSession session) {
				saved.add(session);
				super.save(session);
			}
		};
	}

	/** A map repository with the index lookup the JDBC one has. */
	private record IndexedMaps(MapSessionRepository maps)
			implements
				org.springframework.session.FindByIndexNameSessionRepository<MapSession> {

		@Override
		public MapSession createSession() {
			return this.maps.createSession();
		}

		@Override
		public void save(MapSession session) {
			this.maps.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return this.maps.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.maps.deleteById(id);
		}

		@Override
		public java.util.Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return java.util.Map.of();
		}

	}

}
