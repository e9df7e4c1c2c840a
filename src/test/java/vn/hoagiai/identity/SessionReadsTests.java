package vn.hoagiai.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

class SessionReadsTests {

	private final List<String> storeReads = new ArrayList<>();

	private final MapSession stored = new MapSession("s1");

	@Test
	void aRequestReadsItsSessionFromTheStoreOnce() throws Exception {
		inOneRequest(() -> {
			Session first = SessionReads.find("s1", this::read);
			Session again = SessionReads.find("s1", this::read);
			assertThat(again).isSameAs(first);
		});

		assertThat(this.storeReads).containsExactly("s1");
	}

	@Test
	void aDeletionInTheRequestIsWhatTheNextReadFinds() throws Exception {
		inOneRequest(() -> {
			SessionReads.find("s1", this::read);
			SessionReads.deleted("s1");
			assertThat(SessionReads.find("s1", this::read)).isNull();
		});
	}

	@Test
	void aSaveUnderANewIdForgetsTheOldOne() throws Exception {
		inOneRequest(() -> {
			Session session = SessionReads.find("s1", this::read);
			MapSession renamed = new MapSession(session);
			renamed.setId("s2");
			SessionReads.saved(renamed);
			assertThat(SessionReads.find("s2", this::read)).isSameAs(renamed);
			SessionReads.find("s1", this::read);
		});

		assertThat(this.storeReads).containsExactly("s1", "s1");
	}

	@Test
	void requestsDoNotShareTheirReads() throws Exception {
		inOneRequest(() -> SessionReads.find("s1", this::read));
		inOneRequest(() -> SessionReads.find("s1", this::read));
		SessionReads.find("s1", this::read);

		assertThat(this.storeReads).containsExactly("s1", "s1", "s1");
	}

	@Test
	void onlyTheReadOfASessionRunsWithoutATransaction() {
		List<String> transactions = new ArrayList<>();
		TransactionOperations writes = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				transactions.add("write");
				return action.doInTransaction(new SimpleTransactionStatus());
			}
		};
		SessionReads.Transactions store = new SessionReads.Transactions(writes);
		AtomicReference<TransactionStatus> readStatus = new AtomicReference<>();

		SessionReads.find("s1", (id) -> store.execute((status) -> {
			readStatus.set(status);
			store.executeWithoutResult((expired) -> {
			});
			return null;
		}));
		store.execute((status) -> 1);
		store.executeWithoutResult((status) -> {
		});

		assertThat(readStatus.get().isNewTransaction()).isFalse();
		assertThat(transactions).containsExactly("write", "write", "write");
	}

	private Session read(String id) {
		this.storeReads.add(id);
		return id.equals(this.stored.getId()) ? this.stored : null;
	}

	private static void inOneRequest(Runnable body) throws Exception {
		new SessionReads.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) {
						body.run();
					}
				}));
	}

}
